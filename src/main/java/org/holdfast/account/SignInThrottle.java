package org.holdfast.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing against one username: after a few failures each further
 * attempt must wait, twice as long each time up to a quarter of an hour, and never a
 * permanent lockout (that would let anyone lock a member out). Kept in PostgreSQL, so
 * every app node sees the same count, and keyed by a digest of the username whether or
 * not it exists, so the back-off tells an attacker nothing about which usernames exist.
 */
@Component
class SignInThrottle {

	static final int FREE_ATTEMPTS = 5;

	private static final Duration FIRST_WAIT = Duration.ofSeconds(15);

	static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

	private static final Duration FORGET_AFTER = Duration.ofDays(1);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SignInThrottle(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** How long the next attempt for this username must wait, if at all. */
	Optional<Duration> waitFor(String purpose, String username) {
		List<Optional<Duration>> waits = this.jdbc.query(
				"select failures, last_failure_at from sign_in_throttle where username_key = ?",
				(row, n) -> remaining(row.getInt(1), row.getTimestamp(2).toInstant()), key(purpose, username));
		return waits.isEmpty() ? Optional.empty() : waits.get(0);
	}

	void failed(String purpose, String username) {
		Instant now = this.clock.instant();
		this.jdbc.update("""
				insert into sign_in_throttle (username_key, failures, last_failure_at) values (?, 1, ?)
				on conflict (username_key) do update
				set failures = sign_in_throttle.failures + 1, last_failure_at = excluded.last_failure_at""",
				key(purpose, username), Timestamp.from(now));
		this.jdbc.update("delete from sign_in_throttle where last_failure_at < ?",
				Timestamp.from(now.minus(FORGET_AFTER)));
	}

	void succeeded(String purpose, String username) {
		this.jdbc.update("delete from sign_in_throttle where username_key = ?", key(purpose, username));
	}

	static Duration delay(int failures) {
		if (failures < FREE_ATTEMPTS) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - FREE_ATTEMPTS, 10);
		Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
		return (wait.compareTo(LONGEST_WAIT) > 0) ? LONGEST_WAIT : wait;
	}

	private Optional<Duration> remaining(int failures, Instant lastFailure) {
		Duration left = Duration.between(this.clock.instant(), lastFailure.plus(delay(failures)));
		return (left.isNegative() || left.isZero()) ? Optional.empty() : Optional.of(left);
	}

	private static String key(String purpose, String username) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			byte[] digest = sha256
				.digest((purpose + ":" + UsernamePolicy.normalise(username)).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
