package org.holdfast.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.holdfast.system.SecurityConfiguration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Browsers a member has signed in from recently. The per-username back-off stops anyone
 * guessing at a password, but one guess every quarter of an hour would also keep the
 * member themselves out; a browser they signed in from in the last 30 days passes the
 * back-off (the password is still checked, and so is the per-address limit). The token
 * lives in an {@code HttpOnly} cookie sent only to {@code /account}; the database keeps
 * its SHA-256 digest. Signing out and the quick exit clear the browser's cookies, so on a
 * shared device the next person is a stranger again.
 */
@Component
class KnownDevices {

	static final String COOKIE = SecurityConfiguration.DEVICE_COOKIE;

	static final Duration LIFETIME = Duration.ofDays(30);

	/** The most devices remembered per member; the oldest go first. */
	static final int MOST = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	KnownDevices(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether this browser signed in as this username in the last 30 days. */
	boolean knows(HttpServletRequest request, String username) {
		return token(request)
			.map((token) -> this.jdbc.sql("""
					select exists (select 1 from known_device d join member m on m.id = d.member_id
					               where d.token_digest = ? and m.username = ? and d.last_used_at > ?)""")
				.params(digest(token), username, Timestamp.from(this.clock.instant().minus(LIFETIME)))
				.query(Boolean.class)
				.single())
			.orElse(false);
	}

	/** Remembers this browser for the member, or renews it. */
	void remember(long memberId, HttpServletRequest request, HttpServletResponse response) {
		Timestamp now = Timestamp.from(this.clock.instant());
		Optional<String> held = token(request);
		int renewed = held
			.map((token) -> this.jdbc
				.sql("update known_device set last_used_at = ? where token_digest = ? and member_id = ?")
				.params(now, digest(token), memberId)
				.update())
			.orElse(0);
		String token = held.orElse("");
		if (renewed == 0) {
			byte[] bytes = new byte[24];
			RANDOM.nextBytes(bytes);
			token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			this.jdbc.sql("insert into known_device (token_digest, member_id, last_used_at) values (?, ?, ?)")
				.params(digest(token), memberId, now)
				.update();
			this.jdbc
				.sql("""
						delete from known_device where member_id = ? and token_digest not in (
						    select token_digest from known_device where member_id = ? order by last_used_at desc limit ?)""")
				.params(memberId, memberId, MOST)
				.update();
		}
		Cookie cookie = new Cookie(COOKIE, token);
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setMaxAge((int) LIFETIME.toSeconds());
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

	private static Optional<String> token(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return Optional.empty();
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName()) && cookie.getValue().matches("[A-Za-z0-9_-]{32}")) {
				return Optional.of(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	private static byte[] digest(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
