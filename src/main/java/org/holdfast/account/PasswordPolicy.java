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
 * breached passwords, is one character or a short pattern repeated, or contains the
 * username or the site's name.
 */
@Component
public class PasswordPolicy {

	static final int MIN = 15;

	static final int MAX = 128;

	private static final String SITE = "holdfast";

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("account/common-passwords.txt");
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
		if (this.common.contains(lower) || this.common.contains(lower.replaceAll("\\s+", "")) || repetitive(lower)) {
			return Optional.of("account.password.common");
		}
		return Optional.empty();
	}

	/** A short pattern repeated to length, such as "aaaa…" or "abcabcabc…". */
	static boolean repetitive(String password) {
		String compact = password.replaceAll("\\s+", "");
		int n = compact.length();
		for (int period = 1; period <= 4 && period < n; period++) {
			boolean repeats = true;
			for (int i = period; i < n && repeats; i++) {
				repeats = compact.charAt(i) == compact.charAt(i - period);
			}
			if (repeats) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> load(String path) {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().map(String::strip).filter((line) -> !line.isEmpty()).forEach(words::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + path, ex);
		}
		return Set.copyOf(words);
	}

}
