package org.holdfast.account;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTests {

	private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	/** RFC 6238 appendix B, the SHA-1 rows (eight digits). */
	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void matchesTheRfc6238TestVectors(long seconds, String expected) {
		assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(seconds)), 8, "HmacSHA1")).isEqualTo(expected);
	}

	/** RFC 4226 appendix D: HOTP values for counters 0 to 3 (six digits). */
	@ParameterizedTest
	@CsvSource({ "0, 755224", "1, 287082", "2, 359152", "3, 969429" })
	void matchesTheRfc4226TestVectors(long counter, String expected) {
		assertThat(Totp.code(RFC_KEY, counter, 6, "HmacSHA1")).isEqualTo(expected);
	}

	@Test
	void base32RoundTripsAndMatchesTheRfc4648Example() {
		assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(Totp.fromBase32("MZXW6YTBOI")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
		String secret = Totp.newSecret();
		assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
		assertThat(Totp.base32(Totp.fromBase32(secret))).isEqualTo(secret);
	}

	@Test
	void acceptsTheCurrentCodeAndOneStepEitherSideButNoFurther() {
		String secret = Totp.base32(RFC_KEY);
		Instant now = Instant.ofEpochSecond(1_111_111_111L);
		long step = Totp.step(now);
		for (long offset = -1; offset <= 1; offset++) {
			String code = Totp.code(RFC_KEY, step + offset, 6, "HmacSHA1");
			assertThat(Totp.verify(secret, code, now)).hasValue(step + offset);
		}
		assertThat(Totp.verify(secret, Totp.code(RFC_KEY, step + 2, 6, "HmacSHA1"), now)).isEmpty();
		assertThat(Totp.verify(secret, Totp.code(RFC_KEY, step - 2, 6, "HmacSHA1"), now)).isEmpty();
	}

	@Test
	void readsCodesTypedWithSpacesAndRefusesAnythingButSixDigits() {
		String secret = Totp.base32(RFC_KEY);
		Instant now = Instant.ofEpochSecond(59);
		String code = Totp.code(RFC_KEY, Totp.step(now), 6, "HmacSHA1");
		assertThat(Totp.verify(secret, code.substring(0, 3) + " " + code.substring(3), now)).isPresent();
		assertThat(Totp.verify(secret, "", now)).isEmpty();
		assertThat(Totp.verify(secret, "12345", now)).isEmpty();
		assertThat(Totp.verify(secret, "abcdef", now)).isEmpty();
		assertThat(Totp.verify(secret, code + "0", now)).isEmpty();
	}

}
