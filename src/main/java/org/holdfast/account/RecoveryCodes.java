package org.holdfast.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Recovery codes: the way back into an account without email. Ten at a time, each used
 * once. A code is 25 characters of Crockford's base 32 (125 random bits), so a SHA-256
 * digest keeps it safe at rest, and reading it back is forgiving: case, spaces, hyphens
 * and the letters O, I and L (read as 0, 1 and 1) do not matter.
 */
@Component
class RecoveryCodes {

	static final int COUNT = 10;

	private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

	private static final int LENGTH = 25;

	private static final int GROUP = 5;

	private final RecoveryCodeRepository codes;

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	RecoveryCodes(RecoveryCodeRepository codes, Clock clock) {
		this.codes = codes;
		this.clock = clock;
	}

	/** Replaces a member's codes with ten new ones and returns them, for showing once. */
	List<String> replace(long memberId) {
		this.codes.deleteByMemberId(memberId);
		List<String> fresh = new ArrayList<>(COUNT);
		for (int i = 0; i < COUNT; i++) {
			String code = generate();
			this.codes.save(new RecoveryCode(memberId, digest(code), this.clock.instant()));
			fresh.add(code);
		}
		return fresh;
	}

	/**
	 * Uses up one of the member's codes.
	 * @return whether the code was one of theirs and unused
	 */
	boolean use(long memberId, String entered) {
		String normalised = normalise(entered);
		if (normalised.length() != LENGTH) {
			return false;
		}
		return this.codes.findByMemberIdAndCodeHashAndUsedAtIsNull(memberId, digest(normalised)).map((code) -> {
			code.use(this.clock.instant());
			return true;
		}).orElse(false);
	}

	long remaining(long memberId) {
		return this.codes.countByMemberIdAndUsedAtIsNull(memberId);
	}

	private String generate() {
		StringBuilder code = new StringBuilder(LENGTH + LENGTH / GROUP);
		for (int i = 0; i < LENGTH; i++) {
			if (i > 0 && i % GROUP == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * The code as stored: lower case, no separators, look-alike letters read as digits.
	 */
	static String normalise(String entered) {
		StringBuilder code = new StringBuilder(LENGTH);
		for (char c : entered.toLowerCase(Locale.ROOT).toCharArray()) {
			char read = switch (c) {
				case 'o' -> '0';
				case 'i', 'l' -> '1';
				default -> c;
			};
			if (ALPHABET.indexOf(read) >= 0) {
				code.append(read);
			}
			else if (!Character.isWhitespace(c) && c != '-') {
				return "";
			}
		}
		return code.toString();
	}

	static String digest(String code) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(normalise(code).getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
