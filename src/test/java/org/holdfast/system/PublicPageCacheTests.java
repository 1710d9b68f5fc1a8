package org.holdfast.system;

import java.net.http.HttpResponse;

import org.holdfast.Http;
import org.holdfast.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Public pages are rendered once per country and language, and forgotten on a change. */
@IntegrationTest
class PublicPageCacheTests {

	private static final String PAGE = "/articles/for-friends";

	private static final String TITLE = "For friends: being there without taking it all on";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.events.publishEvent(new PublicPagesChanged());
	}

	@AfterEach
	void restore() {
		this.jdbc.update("update article set title = ? where slug = 'for-friends'", TITLE);
		this.events.publishEvent(new PublicPagesChanged());
	}

	@Test
	void anAnonymousPageIsRenderedOnceUntilTheContentChanges() {
		assertThat(title(this.http.get(PAGE).language("en-GB").send())).isEqualTo(TITLE);
		this.jdbc.update("update article set title = 'Changed behind the cache' where slug = 'for-friends'");
		HttpResponse<String> kept = this.http.get(PAGE).language("en-GB").send();
		assertThat(title(kept)).as("served from the cache").isEqualTo(TITLE);

		this.events.publishEvent(new PublicPagesChanged());
		assertThat(title(this.http.get(PAGE).language("en-GB").send())).isEqualTo("Changed behind the cache");
	}

	@Test
	void cachedPagesKeepEverySecurityHeaderAndAreNeverStoredByTheBrowser() {
		this.http.get(PAGE).language("en-GB").send();
		HttpResponse<String> cached = this.http.get(PAGE).language("en-GB").send();
		assertThat(cached.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).startsWith("default-src 'none'"));
		assertThat(cached.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		assertThat(cached.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(cached.headers().allValues("Set-Cookie")).isEmpty();
		String etag = cached.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> again = this.http.get(PAGE).language("en-GB").header("If-None-Match", etag).send();
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void eachCountryGetsItsOwnBanner() {
		this.http.get(PAGE).language("en-GB").send();
		HttpResponse<String> american = this.http.get(PAGE).language("en-US").send();
		assertThat(Jsoup.parse(american.body()).select(".safety a[href^=tel:]").eachAttr("href")).contains("tel:988")
			.doesNotContain("tel:116123");
		HttpResponse<String> british = this.http.get(PAGE).language("en-GB").send();
		assertThat(Jsoup.parse(british.body()).select(".safety a[href^=tel:]").eachAttr("href")).contains("tel:116123");
	}

	@Test
	void visitorsWithASessionAreRenderedAfresh() {
		this.http.get(PAGE).language("en-GB").send();
		this.jdbc.update("update article set title = 'Changed behind the cache' where slug = 'for-friends'");
		HttpResponse<String> withSession = this.http.get(PAGE).language("en-GB").cookie("hf_session=whatever").send();
		assertThat(title(withSession)).isEqualTo("Changed behind the cache");
	}

	private static String title(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body()).selectFirst("h1").text();
	}

}
