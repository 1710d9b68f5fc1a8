package org.holdfast.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.holdfast.account.MemberRepository;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the first admin comes to exist without a default account: while there is no admin,
 * every start prints a link with a fresh secret to the log, which only the operator can
 * read. Whoever opens it creates the first admin; then every link dies. Only a digest of
 * each secret is stored.
 */
@Component
class SetupLinks {

	private static final Logger log = LoggerFactory.getLogger(SetupLinks.class);

	static final String PATH = "/setup/";

	private final JdbcTemplate jdbc;

	private final MemberRepository members;

	private final Environment environment;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SetupLinks(JdbcTemplate jdbc, MemberRepository members, Environment environment, Clock clock) {
		this.jdbc = jdbc;
		this.members = members;
		this.environment = environment;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void printLinkWhileThereIsNoAdmin() {
		if (this.members.existsAdmin()) {
			return;
		}
		String base = this.environment.getProperty("holdfast.base-url",
				"http://localhost:" + this.environment.getProperty("local.server.port", "8080"));
		log.warn("There is no admin yet. To create the first admin account, open this one-time link: {}{}{}",
				base.replaceAll("/$", ""), PATH, create());
	}

	/** Stores a new secret and returns it. */
	@Transactional
	String create() {
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		this.jdbc.update("insert into admin_setup_token (token_hash, created_at) values (?, ?)", digest(token),
				Timestamp.from(this.clock.instant()));
		return token;
	}

	/** Whether this secret may still create the first admin. */
	boolean isValid(String token) {
		return !this.members.existsAdmin()
				&& this.jdbc.queryForObject("select count(*) from admin_setup_token where token_hash = ?",
						Integer.class, digest(token)) > 0;
	}

	/**
	 * Uses a secret up, with every other one: call in the transaction that creates the
	 * admin.
	 * @return false if the secret was not (or no longer) valid
	 */
	boolean use(String token) {
		// One setup at a time, whichever link each used: the second waits, then finds
		// none.
		this.jdbc.execute("lock table admin_setup_token in share row exclusive mode");
		Integer found = this.jdbc.queryForObject("select count(*) from admin_setup_token where token_hash = ?",
				Integer.class, digest(token));
		if (found == null || found == 0) {
			return false;
		}
		this.jdbc.update("delete from admin_setup_token");
		return true;
	}

	private static String digest(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
