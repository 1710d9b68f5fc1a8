package org.holdfast.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory address back-off and the absolute session lifetime, on a moved clock. */
class ThrottleAndLifetimeTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T02:00:00Z"));

	@Test
	void anAddressIsSlowedOnlyAfterManyFailuresAndForgivenAfterAnHour() {
		AddressThrottle throttle = new AddressThrottle(this.clock, 20);
		for (int i = 0; i < 20; i++) {
			assertThat(throttle.waitFor("192.0.2.1")).isEmpty();
			throttle.failed("192.0.2.1");
		}
		assertThat(throttle.waitFor("192.0.2.1")).hasValue(Duration.ofSeconds(1));
		assertThat(throttle.waitFor("192.0.2.2")).as("another address").isEmpty();
		for (int i = 0; i < 30; i++) {
			throttle.failed("192.0.2.1");
		}
		assertThat(throttle.waitFor("192.0.2.1")).hasValue(Duration.ofMinutes(15));
		this.clock.advance(Duration.ofMinutes(15));
		assertThat(throttle.waitFor("192.0.2.1")).as("never locked for good").isEmpty();
		this.clock.advance(Duration.ofHours(1));
		throttle.failed("192.0.2.1");
		assertThat(throttle.waitFor("192.0.2.1")).as("count starts again").isEmpty();
	}

	@Test
	void oneAddressCanCreateOnlySoManyAccountsAnHour() {
		SignUpLimit limit = new SignUpLimit(this.clock, 3);
		for (int i = 0; i < 3; i++) {
			assertThat(limit.waitFor("192.0.2.1")).isEmpty();
			limit.signedUp("192.0.2.1");
			this.clock.advance(Duration.ofMinutes(10));
		}
		assertThat(limit.waitFor("192.0.2.1")).hasValue(Duration.ofMinutes(30));
		assertThat(limit.waitFor("192.0.2.2")).as("another address").isEmpty();
		this.clock.advance(Duration.ofMinutes(30));
		assertThat(limit.waitFor("192.0.2.1")).as("the first one is an hour old").isEmpty();
	}

	@Test
	void aSignInEndsAfterItsLifetimeHoweverActiveItIs() throws Exception {
		SessionLifetimeFilter filter = new SessionLifetimeFilter(Duration.ofHours(12), this.clock);
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(SessionLifetimeFilter.SIGNED_IN_AT, this.clock.instant());

		this.clock.advance(Duration.ofHours(11).plusMinutes(59));
		filter.doFilter(request(session), new MockHttpServletResponse(), new MockFilterChain());
		assertThat(session.isInvalid()).isFalse();

		this.clock.advance(Duration.ofMinutes(2));
		filter.doFilter(request(session), new MockHttpServletResponse(), new MockFilterChain());
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void aVisitorWhoNeverSignedInIsLeftAlone() throws Exception {
		SessionLifetimeFilter filter = new SessionLifetimeFilter(Duration.ofHours(12), this.clock);
		MockHttpSession session = new MockHttpSession();
		this.clock.advance(Duration.ofDays(2));
		filter.doFilter(request(session), new MockHttpServletResponse(), new MockFilterChain());
		assertThat(session.isInvalid()).isFalse();
	}

	@Test
	void stylesheetsAndScriptsNeverLoadTheSession() throws Exception {
		SessionLifetimeFilter filter = new SessionLifetimeFilter(Duration.ofHours(12), this.clock);
		MockHttpServletRequest stylesheet = new MockHttpServletRequest("GET", "/css/holdfast-0123.css") {

			@Override
			public HttpSession getSession(boolean create) {
				throw new AssertionError("the session was loaded for a stylesheet");
			}

		};
		filter.doFilter(stylesheet, new MockHttpServletResponse(), new MockFilterChain());
	}

	private static MockHttpServletRequest request(HttpSession session) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/account");
		request.setSession(session);
		return request;
	}

}
