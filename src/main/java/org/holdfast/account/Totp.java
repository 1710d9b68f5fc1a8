package org.holdfast.account;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): what authenticator apps
 * show. Six digits from HMAC-SHA1 over 30-second steps, accepting one step either side
 * for a phone clock that is a little off. Small enough to check line by line against the
 * RFC's test vectors, so no library is needed.
 */
final class Totp {

	static final int DIGITS = 6;

	static final long STEP_SECONDS = 30;

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	/** A new 160-bit secret, in base 32 as authenticator apps expect it. */
	static String newSecret() {
		byte[] secret = new byte[20];
		RANDOM.nextBytes(secret);
		return base32(secret);
	}

	/** The time step an instant falls in. */
	static long step(Instant time) {
		return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
	}

	/** The code for a step, as a number of {@code digits} digits (zero-padded). */
	static String code(byte[] key, long step, int digits, String algorithm) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key, "RAW"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			int modulo = (int) Math.pow(10, digits);
			return String.format(Locale.ROOT, "%0" + digits + "d", binary % modulo);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Checks an entered code against a base-32 secret at a time.
	 * @return the step the code belongs to, if it matches the step of {@code now} or one
	 * either side
	 */
	static OptionalLong verify(String secret, String entered, Instant now) {
		String digits = entered.replaceAll("[\\s-]", "");
		if (!digits.matches("[0-9]{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		byte[] key = fromBase32(secret);
		long current = step(now);
		for (long step = current - 1; step <= current + 1; step++) {
			if (java.security.MessageDigest.isEqual(code(key, step, DIGITS, "HmacSHA1").getBytes(),
					digits.getBytes())) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/** The address an authenticator app reads from the QR code. */
	static String uri(String issuer, String account, String secret) {
		return "otpauth://totp/" + issuer + ":" + account + "?secret=" + secret + "&issuer=" + issuer
				+ "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
	}

	static String base32(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
		}
		return out.toString();
	}

	static byte[] fromBase32(String text) {
		String clean = text.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
		ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
		int buffer = 0;
		int bits = 0;
		for (char c : clean.toCharArray()) {
			int value = BASE32.indexOf(c);
			if (value < 0) {
				throw new IllegalArgumentException("Not base 32");
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out.put((byte) (buffer >> (bits - 8)));
				bits -= 8;
			}
		}
		return out.array();
	}

}
