package org.holdfast.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable, after NIST SP 800-63B rev. 4 for password-only
 * accounts: 15 to 128 characters, any characters at all (spaces and emoji too), no
 * composition rules, never truncated; refused if it is on a bundled list of common and
 * breached passwords (as typed, or once digits and symbols around a common word are taken
 * off), is a block repeated, a run of neighbouring characters or made of two characters
 * or fewer, or contains the username or the site's name.
 */
@Component
public class PasswordPolicy {

	static final int MIN = 15;

	static final int MAX = 128;

	private static final String SITE = "holdfast";

	private final Set<String> common;

	/**
	 * Words long passwords are most often built from: "password" in "password12345678".
	 */
	private final Set<String> stems;

	PasswordPolicy() {
		this.common = load("account/common-passwords.txt");
		this.stems = load("account/common-stems.txt");
	}

	/**
	 * Checks a proposed password.
	 * @param password as typed
	 * @param username the account's username, a context word it must not contain
	 * @return the message code of the first problem, if any
	 */
	public Optional<String> problem(String password, String username) {
		if (password.isEmpty()) {
			return Optional.of("account.password.required");
		}
		if (password.chars().anyMatch((c) -> Character.isISOControl(c))) {
			return Optional.of("account.password.control");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN) {
			return Optional.of("account.password.short");
		}
		if (length > MAX) {
			return Optional.of("account.password.long");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (lower.contains(SITE) || (username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT)))) {
			return Optional.of("account.password.context");
		}
		if (weak(lower)) {
			return Optional.of("account.password.common");
		}
		return Optional.empty();
	}

	/**
	 * Whether the password, lower-cased, is one that guessers try early: on the breached
	 * list as typed or once normalised (spaces, and digits and symbols around it,
	 * removed: "password12345678" is "password"), one block repeated ("abcdeabcdeabcde",
	 * "passwordpassword"), a run of neighbouring characters ("123456789012345"), or made
	 * of two characters or fewer (spaces only, "aaaa…").
	 */
	boolean weak(String lower) {
		String compact = lower.replaceAll("\\s+", "");
		if (compact.codePoints().distinct().count() <= 2 || sequential(compact)) {
			return true;
		}
		String core = compact.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
		return this.common.contains(lower) || this.common.contains(compact) || this.common.contains(core)
				|| this.stems.contains(core) || this.stems.contains(block(core)) || !block(compact).equals(compact);
	}

	/** The shortest block the text is made of repeated (the text itself if none). */
	static String block(String text) {
		int n = text.length();
		for (int period = 1; period <= n / 2; period++) {
			if (n % period == 0 && text.substring(0, period).repeat(n / period).equals(text)) {
				return text.substring(0, period);
			}
		}
		// A block repeated with a partial last copy ("abcabcab") counts too.
		for (int period = 1; period <= n / 2; period++) {
			boolean repeats = true;
			for (int i = period; i < n && repeats; i++) {
				repeats = text.charAt(i) == text.charAt(i - period);
			}
			if (repeats) {
				return text.substring(0, period);
			}
		}
		return text;
	}

	/** Each character next to the one before it, going up or down ("12345…", "zyxw…"). */
	static boolean sequential(String text) {
		if (text.length() < 2) {
			return true;
		}
		int step = 0;
		for (int i = 1; i < text.length(); i++) {
			int difference = text.charAt(i) - text.charAt(i - 1);
			if (Character.isDigit(text.charAt(i)) && Character.isDigit(text.charAt(i - 1))
					&& Math.abs(difference) == 9) {
				difference = -Integer.signum(difference);
			}
			if (Math.abs(difference) != 1 || (step != 0 && difference != step)) {
				return false;
			}
			step = difference;
		}
		return true;
	}

	private static Set<String> load(String path) {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.forEach(words::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + path, ex);
		}
		return Set.copyOf(words);
	}

}
