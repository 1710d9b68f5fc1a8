package org.holdfast.system;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.holdfast.Http;
import org.holdfast.IntegrationTest;
import org.holdfast.TestPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What every response promises, checked over real HTTP: the security headers on pages,
 * error pages and static files; caching; compression; nothing loaded from another origin
 * and no inline script or style; only the health endpoint exposed; no default account.
 */
@IntegrationTest
class HttpContractTests {

	static final Map<String, String> SECURITY_HEADERS = Map.of("Content-Security-Policy",
			"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
					+ "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
			"Referrer-Policy", "no-referrer", "X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY",
			"Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
			"Cross-Origin-Opener-Policy", "same-origin");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void everyKindOfResponseCarriesTheSecurityHeaders() {
		String css = stylesheet();
		List<Http.Request> requests = List.of(this.http.get("/"), this.http.get("/help"),
				this.http.get("/no-such-page"), this.http.get(TestPages.FAILING),
				this.http.post("/help/country", "country=gb"), this.http.get(css), this.http.get("/favicon.svg"),
				this.http.get("/actuator/health"), this.http.get("/exit"));
		for (Http.Request request : requests) {
			HttpResponse<String> response = request.send();
			SECURITY_HEADERS.forEach((name, value) -> assertThat(response.headers().firstValue(name))
				.as("%s on %s (%d)", name, response.uri(), response.statusCode())
				.hasValue(value));
		}
	}

	@Test
	void pagesAreNeverStoredByTheBrowserOrAProxy() {
		for (String path : List.of("/", "/help", "/no-such-page", TestPages.FAILING)) {
			assertThat(this.http.get(path).send().headers().firstValue("Cache-Control")).as(path)
				.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		}
	}

	@Test
	void stylesAndScriptsHaveContentHashedNamesAndAreCachedForAYear() {
		Document page = this.http.get("/").page();
		List<String> assets = new java.util.ArrayList<>(page.select("link[rel=stylesheet]").eachAttr("href"));
		assets.addAll(page.select("script[src]").eachAttr("src"));
		assertThat(assets).hasSize(3).allMatch((url) -> url.matches("/(css|js)/[a-z-]+-[0-9a-f]{32}\\.(css|js)"));
		for (String asset : assets) {
			HttpResponse<String> response = this.http.get(asset).send();
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
		}
	}

	@Test
	void pagesAndStylesAreCompressed() throws Exception {
		for (String path : List.of("/help", stylesheet())) {
			HttpResponse<byte[]> response = this.http.get(path).header("Accept-Encoding", "gzip").sendForBytes();
			assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))) {
				assertThat(in.readAllBytes().length).isGreaterThan(response.body().length);
			}
		}
	}

	@Test
	void pagesLoadNothingFromAnotherOriginAndHaveNoInlineScriptOrStyle() {
		for (String path : List.of("/", "/help", "/help/us", "/no-such-page", "/articles",
				"/articles/what-is-self-harm", "/articles?q=urges", "/topics/recovery", "/account/sign-up",
				"/account/sign-in", "/account/recover", "/privacy", "/guidelines")) {
			Document page = this.http.get(path).language("en-US").page();
			for (Element element : page.select("script, link, img, iframe, source, video, audio, embed, object")) {
				String url = element.hasAttr("src") ? element.attr("src") : element.attr("href");
				assertThat(url).as("%s on %s", element.outerHtml(), path).startsWith("/").doesNotStartWith("//");
			}
			assertThat(page.select("script:not([src])")).as("inline script on %s", path).isEmpty();
			assertThat(page.select("style, [style]")).as("inline style on %s", path).isEmpty();
			assertThat(page.getAllElements()).as("event handler attributes on %s", path)
				.allSatisfy((element) -> assertThat(element.attributes().asList())
					.noneMatch((attribute) -> attribute.getKey().startsWith("on")));
		}
	}

	@Test
	void onlyTheHealthEndpointIsExposed() {
		for (String health : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
				"/actuator/health/database")) {
			HttpResponse<String> response = this.http.get(health).accept("application/json").send();
			assertThat(response.statusCode()).as(health).isEqualTo(200);
			assertThat(response.body()).as(health).contains("\"UP\"").doesNotContain("components", "details");
		}
		for (String hidden : List.of("/actuator/env", "/actuator/beans", "/actuator/info", "/actuator/metrics",
				"/actuator/configprops", "/actuator/heapdump", "/actuator/sessions")) {
			assertThat(this.http.get(hidden).accept("application/json").send().statusCode()).as(hidden).isEqualTo(404);
		}
	}

	@Test
	void thereIsNoDefaultAccount() {
		assertThat(this.context.getBeansOfType(UserDetailsService.class).values())
			.noneMatch(InMemoryUserDetailsManager.class::isInstance);
		UserDetailsService members = this.context.getBean(UserDetailsService.class);
		for (String name : List.of("admin", "user", "root", "holdfast", "administrator")) {
			assertThatExceptionOfType(UsernameNotFoundException.class).as(name)
				.isThrownBy(() -> members.loadUserByUsername(name));
		}
	}

	private String stylesheet() {
		return this.http.get("/").page().selectFirst("link[rel=stylesheet]").attr("href");
	}

}
