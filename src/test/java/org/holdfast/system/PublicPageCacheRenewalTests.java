package org.holdfast.system;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.holdfast.crisis.Elsewhere;
import org.holdfast.crisis.EmergencyNumber;
import org.holdfast.crisis.PhoneNumber;
import org.holdfast.crisis.SafetyBanner;
import org.holdfast.crisis.VisitorCountry;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** What the page cache does when a kept page expires, on a clock the test moves. */
class PublicPageCacheRenewalTests {

	private static final SafetyBanner BANNER = new SafetyBanner(new VisitorCountry(null, VisitorCountry.Reason.UNKNOWN),
			null, null, new EmergencyNumber(new PhoneNumber("112"), null, List.of(), LocalDate.EPOCH),
			new Elsewhere("Find A Helpline", URI.create("https://findahelpline.com"), new PhoneNumber("112"),
					URI.create("https://findahelpline.com"), LocalDate.of(2026, 11, 25)));

	private final MovingClock clock = new MovingClock();

	private final PublicPageCache cache = new PublicPageCache(Duration.ofSeconds(60), new AcceptHeaderLocaleResolver(),
			this.clock);

	private final AtomicInteger renders = new AtomicInteger();

	@Test
	void oneRequestRendersAnExpiredPageWhileTheOthersGetTheKeptCopy() throws Exception {
		assertThat(get(page("first"))).isEqualTo("first");
		assertThat(get(page("not used"))).as("kept").isEqualTo("first");
		assertThat(this.renders).hasValue(1);

		this.clock.advance(Duration.ofSeconds(61));
		String[] meanwhile = new String[1];
		FilterChain renewing = (request, response) -> {
			meanwhile[0] = get(page("not used either"));
			page("second").doFilter(request, response);
		};
		assertThat(get(renewing)).isEqualTo("second");
		assertThat(meanwhile[0]).as("answered from the kept copy while the page was renewed").isEqualTo("first");
		assertThat(get(page("not used"))).isEqualTo("second");
		assertThat(this.renders).hasValue(2);
	}

	@Test
	void anExpiredPageThatCannotBeRenewedIsDropped() throws Exception {
		get(page("first"));
		this.clock.advance(Duration.ofSeconds(61));
		FilterChain failing = (request, response) -> ((HttpServletResponse) response).sendError(503);
		MockHttpServletResponse failed = new MockHttpServletResponse();
		this.cache.doFilter(request(), failed, failing);
		assertThat(failed.getStatus()).isEqualTo(503);
		assertThat(get(page("recovered"))).isEqualTo("recovered");
	}

	private FilterChain page(String body) {
		return (request, response) -> {
			this.renders.incrementAndGet();
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write(body);
		};
	}

	private String get(FilterChain chain) throws IOException, ServletException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.cache.doFilter(request(), response, chain);
		return response.getContentAsString();
	}

	private static MockHttpServletRequest request() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/articles/some-article");
		request.setAttribute(SafetyBanner.ATTRIBUTE, BANNER);
		return request;
	}

	static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-11-26T03:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
