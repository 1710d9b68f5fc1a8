package org.holdfast.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What makes a username acceptable: 3 to 30 of a–z, 0–9, underscore and hyphen, and
 * nothing that gives a person away or misleads others. Names that look like an email
 * address or a phone number are refused (people type their own), and so are names that
 * look like staff or the service, so nobody can pose as a moderator. Also suggests
 * friendly, meaningless names such as {@code quiet-harbour-42}.
 */
@Component
public class UsernamePolicy {

	static final int MIN = 3;

	static final int MAX = 30;

	private static final Pattern ALLOWED = Pattern.compile("[a-z0-9_-]+");

	private static final Pattern EMAIL_LIKE = Pattern
		.compile(".*([_-]at[_-].*[_-]dot[_-]|(^|[_-])(com|net|org|co[_-]uk)$).*");

	private static final Set<String> EMAIL_PROVIDERS = Set.of("gmail", "googlemail", "hotmail", "yahoo", "outlook",
			"icloud", "protonmail", "aol", "gmx", "live", "msn", "btinternet", "proton", "yandex", "mailru", "zoho");

	/** Parts of a name that would make it look like staff or the service itself. */
	private static final List<String> STAFF_LIKE = List.of("admin", "moderator", "holdfast", "official", "staff",
			"support", "helpdesk", "listener", "editor", "sysop", "system", "security", "counsellor", "counselor",
			"therapist", "doctor", "nurse", "samaritans", "crisis");

	/**
	 * Parts of a name (between separators) that read as staff on their own: "the-mods".
	 */
	private static final Set<String> STAFF_PARTS = Set.of("mod", "mods", "modteam", "admins", "sysadmln", "ops",
			"staffer", "offlclals");

	private static final Set<String> RESERVED = Set.of("mod", "mods", "team", "help", "root", "null", "undefined",
			"anonymous", "deleted", "unknown", "everyone", "me", "you", "account", "api", "www", "owner", "service");

	private final List<String> adjectives;

	private final List<String> nouns;

	private final SecureRandom random = new SecureRandom();

	UsernamePolicy() {
		List<String> adjectives = new ArrayList<>();
		List<String> nouns = new ArrayList<>();
		List<String> current = adjectives;
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("account/username-words.txt").getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String word = line.strip();
				if (word.equals("---")) {
					current = nouns;
				}
				else if (!word.isEmpty()) {
					current.add(word);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (adjectives.isEmpty() || nouns.isEmpty()) {
			throw new IllegalStateException("account/username-words.txt needs adjectives, '---', then nouns");
		}
		this.adjectives = List.copyOf(adjectives);
		this.nouns = List.copyOf(nouns);
	}

	/**
	 * Whether a normalised username could exist at all; anything else is not looked up (a
	 * NUL character, for one, is not even valid in a PostgreSQL query).
	 */
	public static boolean couldExist(String username) {
		return username.length() >= MIN && username.length() <= MAX && ALLOWED.matcher(username).matches();
	}

	/** The form a username is stored in: trimmed and lower case. */
	public static String normalise(String entered) {
		return entered.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Checks a normalised username (not whether it is taken).
	 * @return the message code of the first problem, if any
	 */
	public Optional<String> problem(String username) {
		if (username.isEmpty()) {
			return Optional.of("account.username.required");
		}
		if (username.length() < MIN || username.length() > MAX) {
			return Optional.of("account.username.length");
		}
		if (!ALLOWED.matcher(username).matches()) {
			return Optional.of("account.username.characters");
		}
		if (username.chars().filter(Character::isDigit).count() >= 7) {
			return Optional.of("account.username.phone");
		}
		if (EMAIL_LIKE.matcher(username).matches() || containsWord(username, EMAIL_PROVIDERS)) {
			return Optional.of("account.username.email");
		}
		String skeleton = skeleton(username);
		if (RESERVED.contains(username)
				|| STAFF_LIKE.stream().map(UsernamePolicy::skeleton).anyMatch(skeleton::contains)
				|| Arrays.stream(username.split("[_-]+"))
					.map(UsernamePolicy::skeleton)
					.anyMatch(STAFF_PARTS::contains)) {
			return Optional.of("account.username.reserved");
		}
		return Optional.empty();
	}

	/**
	 * The name as it reads, with look-alikes folded: separators dropped, digits that pass
	 * for letters made letters (0 o, 1 l, 3 e, 4 a, 5 s, 7 t, 8 b, 9 g), i and l made
	 * one, "rn" made "m" and "vv" made "w". Two names with one skeleton read alike, so
	 * only one of them may exist, and a skeleton that reads like staff is refused.
	 */
	public static String skeleton(String username) {
		String folded = username.replaceAll("[_-]", "")
			.replace('0', 'o')
			.replace('1', 'l')
			.replace('i', 'l')
			.replace('3', 'e')
			.replace('4', 'a')
			.replace('5', 's')
			.replace('7', 't')
			.replace('8', 'b')
			.replace('9', 'g');
		return folded.replace("rn", "m").replace("vv", "w");
	}

	private static boolean containsWord(String username, Set<String> words) {
		for (String part : username.split("[_-]")) {
			if (words.contains(part.replaceAll("[0-9]+$", ""))) {
				return true;
			}
		}
		String joined = username.replaceAll("[_-]", "");
		return words.stream().filter((word) -> word.length() >= 5).anyMatch(joined::contains);
	}

	/** A random, meaningless, acceptable name such as {@code quiet-harbour-42}. */
	String suggestion() {
		String adjective = this.adjectives.get(this.random.nextInt(this.adjectives.size()));
		String noun = this.nouns.get(this.random.nextInt(this.nouns.size()));
		return adjective + "-" + noun + "-" + (10 + this.random.nextInt(90));
	}

}
