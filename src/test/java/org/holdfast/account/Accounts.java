package org.holdfast.account;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.holdfast.WebSession;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test fixtures for accounts: members created straight through the service (fast), and
 * signing in through the real pages (as a person would), including two-step sign-in for
 * staff with codes worked out from the secret shown on the page.
 */
public final class Accounts {

	public static final String PASSWORD = "lamp otter biscuit rain";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountService service;

	private final MemberRepository members;

	public Accounts(ApplicationContext context) {
		this.service = context.getBean(AccountService.class);
		this.members = context.getBean(MemberRepository.class);
	}

	/** A fresh username, so tests sharing one database never collide. */
	public static String username(String prefix) {
		StringBuilder name = new StringBuilder(prefix).append('-');
		for (int i = 0; i < 8; i++) {
			name.append("abcdefghjkmnpqrstvwxyz".charAt(RANDOM.nextInt(22)));
		}
		return name.toString();
	}

	/** A new member with these extra roles and {@link #PASSWORD}. */
	public Created create(String prefix, AgeBand ageBand, Role... roles) {
		AccountService.Created created = this.service.signUp(username(prefix), PASSWORD, ageBand);
		Member member = created.member();
		if (roles.length > 0) {
			for (Role role : roles) {
				member.grant(role);
			}
			member = this.members.save(member);
		}
		return new Created(member.getId(), member.getUsername(), created.recoveryCodes());
	}

	public Created create(String prefix, Role... roles) {
		return create(prefix, AgeBand.ADULT, roles);
	}

	/** A member as the tests see it: number, username and first recovery codes. */
	public record Created(long id, String username, List<String> recoveryCodes) {
	}

	/** Signs in through the sign-in page and returns the page it lands on. */
	public static WebSession.Page signIn(WebSession browser, String username, String password) {
		WebSession.Page form = browser.get("/account/sign-in");
		return browser.submit(form, "main form", Map.of("username", username, "password", password));
	}

	/**
	 * Signs a staff member in with password and second factor, setting the factor up
	 * first if needed. Returns the secret, for later codes.
	 */
	public static String signInAsStaff(WebSession browser, String username, String secret) {
		WebSession.Page page = signIn(browser, username, PASSWORD);
		assertThat(page.path()).as("staff land on the two-step page").isEqualTo("/account/two-factor");
		String key = secret;
		if (key == null) {
			key = page.document().selectFirst("code.secret").text().replace(" ", "");
		}
		WebSession.Page done = browser.submit(page, "main form", Map.of("code", code(key, Instant.now())));
		assertThat(done.status()).as(done.errors()).isEqualTo(200);
		return key;
	}

	/** The current code an authenticator app would show for this secret. */
	public static String code(String secret, Instant time) {
		return Totp.code(Totp.fromBase32(secret), Totp.step(time), Totp.DIGITS, "HmacSHA1");
	}

}
