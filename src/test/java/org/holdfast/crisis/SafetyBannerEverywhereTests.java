package org.holdfast.crisis;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.holdfast.Http;
import org.holdfast.IntegrationTest;
import org.holdfast.TestPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.holdfast.SafetyBannerAssertions.assertSafetyLayer;

/**
 * Safety invariant 1: every HTML page, including 403, 404 and 500 pages, carries the
 * banner with a working call link for the visitor's country. The GET routes are
 * discovered from the handler mappings, so a new page is covered the moment it exists.
 */
@IntegrationTest
class SafetyBannerEverywhereTests {

	/**
	 * Sample values for path variables; a route with an unknown variable fails the test.
	 */
	private static final Map<String, String> PATH_VARIABLES = Map.of("code", "us", "token", "not-a-setup-token",
			"username", "no-such-member", "id", "1", "number", "1", "slug", "holdfast-editorial-team");

	/** Routes whose variable means something different on each: a real address to try. */
	private static final Map<String, String> EXAMPLES = Map.of("/articles/{slug}", "/articles/what-is-self-harm",
			"/topics/{slug}", "/topics/recovery", "/contributors/{slug}", "/contributors/holdfast-editorial-team",
			"/paths/{slug}", "/paths/mindfulness-for-stress", "/paths/{slug}/steps/{number}",
			"/paths/mindfulness-for-stress/steps/3", "/paths/{slug}/complete", "/paths/mindfulness-for-stress/complete",
			"/paths/{slug}/continue", "/paths/mindfulness-for-stress/continue", "/toolbox/activities/{slug}",
			"/toolbox/activities/five-four-three-two-one");

	/**
	 * Routes whose sample address is, rightly, not found (a setup link that was never
	 * made).
	 */
	private static final Map<String, Integer> EXPECTED_STATUS = Map.of("/setup/not-a-setup-token", 404);

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void everyGetRouteShowsTheBannerWithTheVisitorsCallLink() {
		List<String> paths = getRoutes();
		assertThat(paths).as("discovered GET routes").contains("/", "/help", "/help/us");
		for (String path : paths) {
			for (Visitor visitor : Visitor.values()) {
				HttpResponse<String> response = visitor.request(this.http.get(path)).send();
				if (response.statusCode() / 100 == 3) {
					String location = response.headers().firstValue("Location").orElseThrow();
					assertThat(URI.create(location).isAbsolute() && !location.contains("localhost"))
						.as("%s redirects off-site (only the quick exit may)", path)
						.isEqualTo(path.equals("/exit"));
					continue;
				}
				assertThat(response.statusCode()).as("GET %s", path).isEqualTo(EXPECTED_STATUS.getOrDefault(path, 200));
				assertSafetyLayer(Jsoup.parse(response.body()), visitor.tel, path + " as " + visitor);
			}
		}
	}

	/**
	 * A page with a form carries a token whose cookie must reach the browser with it, or
	 * the form is refused. Long pages (/help for a country with many lines) once went out
	 * before the form was rendered, without the cookie.
	 */
	@Test
	void everyPageWithAFormTokenSetsItsCookie() {
		List<String> paths = new ArrayList<>(getRoutes());
		CrisisDirectory.load(new ClassPathResource("crisis/crisis-lines.yml"), Clock.systemUTC())
			.countries()
			.forEach((country) -> paths.add("/help/" + country.slug()));
		for (String path : paths) {
			for (Visitor visitor : Visitor.values()) {
				HttpResponse<String> response = visitor.request(this.http.get(path)).send();
				if (response.body().contains("name=\"_csrf\"")) {
					assertThat(response.headers().allValues("Set-Cookie"))
						.as("GET %s as %s has a form token, so it sets the token's cookie", path, visitor)
						.anyMatch((cookie) -> cookie.startsWith("hf_csrf="));
				}
			}
		}
	}

	@Test
	void notFoundPageShowsTheBanner() {
		HttpResponse<String> response = this.http.get("/no-such-page").language("en-GB").send();
		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(response.body());
		assertSafetyLayer(page, "tel:116123", "404");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
	}

	@Test
	void unknownCountryIsNotFoundAndStillShowsTheBanner() {
		HttpResponse<String> response = this.http.get("/help/xx").language("en-US").send();
		assertThat(response.statusCode()).isEqualTo(404);
		assertSafetyLayer(Jsoup.parse(response.body()), "tel:988", "/help/xx");
	}

	@Test
	void forbiddenPageShowsTheBanner() {
		HttpResponse<String> response = this.http.post("/help/country", "country=gb").language("en-AU").send();
		assertThat(response.statusCode()).isEqualTo(403);
		Document page = Jsoup.parse(response.body());
		assertSafetyLayer(page, "tel:131114", "403");
	}

	@Test
	void serverErrorPageShowsTheBannerAndNoExceptionText() {
		HttpResponse<String> response = this.http.get(TestPages.FAILING).language("en-IE").send();
		assertThat(response.statusCode()).isEqualTo(500);
		Document page = Jsoup.parse(response.body());
		assertSafetyLayer(page, "tel:116123", "500");
		assertThat(response.body()).doesNotContain("IllegalStateException", "A test page that always fails",
				"Whitelabel", "trace");
	}

	@Test
	void badRequestRejectedByTheServerItselfShowsTheBanner() {
		Http.RawResponse response = this.http.raw("GET", "/help/%zz", "Accept: text/html", "Accept-Language: en-NZ");
		assertThat(response.status()).isEqualTo(400);
		assertSafetyLayer(Jsoup.parse(response.body()), "tel:1737", "400 from Tomcat");
		assertThat(response.head()).contains("Content-Security-Policy: default-src 'none'");
	}

	private List<String> getRoutes() {
		Set<String> paths = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/error") || pattern.startsWith("/test/")) {
					continue;
				}
				paths.add(expand(pattern));
			}
		}
		return new ArrayList<>(paths);
	}

	private static String expand(String pattern) {
		if (EXAMPLES.containsKey(pattern)) {
			return EXAMPLES.get(pattern);
		}
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String value = PATH_VARIABLES.get(matcher.group(1));
			assertThat(value).as("a sample value for {%s} in %s (add one to PATH_VARIABLES)", matcher.group(1), pattern)
				.isNotNull();
			matcher.appendReplacement(path, value);
		}
		matcher.appendTail(path);
		return path.toString();
	}

	/** Visitors who should each see their own country's lines. */
	enum Visitor {

		BRITISH_BROWSER(null, "en-GB,en;q=0.8", "tel:116123"), AMERICAN_BROWSER(null, "en-US", "tel:988"),
		CHOSE_AUSTRALIA("hf_country=au", "en-GB", "tel:131114"), UNKNOWN_COUNTRY(null, null, "tel:112");

		final String cookie;

		final String language;

		final String tel;

		Visitor(String cookie, String language, String tel) {
			this.cookie = cookie;
			this.language = language;
			this.tel = tel;
		}

		Http.Request request(Http.Request request) {
			if (this.cookie != null) {
				request.cookie(this.cookie);
			}
			if (this.language != null) {
				request.language(this.language);
			}
			return request;
		}

	}

}
