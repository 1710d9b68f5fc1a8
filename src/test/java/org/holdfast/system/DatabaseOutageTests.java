package org.holdfast.system;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.holdfast.Http;
import org.holdfast.TestPages;
import org.holdfast.TestPostgres;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.holdfast.SafetyBannerAssertions.assertSafetyLayer;

/**
 * Safety invariant 2, over real HTTP with PostgreSQL actually stopped under the running
 * app: {@code /help}, the banner and the quick exit keep working, for visitors with and
 * without a session; pages that need the database fail fast with an error page that still
 * has the banner; load balancers keep the node in service; and everything recovers by
 * itself when PostgreSQL returns.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ DatabaseOutageTests.OwnDatabase.class, TestPages.class })
@DirtiesContext
class DatabaseOutageTests {

	/** This test stops and restarts its database, so it has one of its own. */
	static final TestPostgres postgres = TestPostgres.startDedicated();

	/**
	 * A hang guard, not a speed test: the pool gives up after 3 s, so a page that takes
	 * this long means a time-out is missing.
	 */
	static final Duration HANG = Duration.ofSeconds(15);

	@LocalServerPort
	int port;

	@Autowired
	SessionRepository<? extends Session> sessions;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port, HANG);
	}

	@AfterAll
	static void closeDatabase() {
		postgres.close();
	}

	@Test
	void crisisPagesAnswerInFullWhilePostgresIsDown() {
		String session = sessionCookie();
		assertThat(this.http.get(TestPages.NEEDS_DATABASE).cookie(session).send().statusCode()).isEqualTo(200);
		postgres.stop();
		try {
			for (String cookie : Arrays.asList(null, session)) {
				String who = (cookie != null) ? "with a session" : "without a session";
				HttpResponse<String> help = request(this.http.get("/help").language("en-GB"), cookie).send();
				assertThat(help.statusCode()).as("/help %s", who).isEqualTo(200);
				Document page = Jsoup.parse(help.body());
				assertSafetyLayer(page, "tel:116123", "/help " + who);
				assertThat(page.select("article.line h3").eachText()).as(who).contains("Samaritans", "Shout");
				assertThat(page.selectFirst("section[aria-labelledby=wound-title]")).isNotNull();

				HttpResponse<String> other = request(this.http.get("/help/au"), cookie).send();
				assertThat(other.statusCode()).isEqualTo(200);
				assertThat(Jsoup.parse(other.body()).select("a[href=tel:131114]")).isNotEmpty();

				HttpResponse<String> home = request(this.http.get("/").language("en-US"), cookie).send();
				assertThat(home.statusCode()).as("home %s", who).isEqualTo(200);
				assertSafetyLayer(Jsoup.parse(home.body()), "tel:988", "home " + who);

				HttpResponse<String> sessionPage = request(this.http.get(TestPages.READS_SESSION), cookie).send();
				assertThat(sessionPage.statusCode()).as("a page that reads the session, %s", who).isEqualTo(200);

				HttpResponse<String> exit = request(this.http.get("/exit"), cookie).send();
				assertThat(exit.statusCode()).as("quick exit %s", who).isEqualTo(302);
				assertThat(exit.headers().firstValue("Clear-Site-Data")).isPresent();
			}
			assertThat(chooseCountryWhileDown("ie").headers().allValues("Set-Cookie"))
				.anyMatch((cookie) -> cookie.startsWith("hf_country=IE"));
		}
		finally {
			postgres.restart();
		}
	}

	@Test
	void pagesThatNeedTheDatabaseFailFastWithTheBannerThenRecoverByThemselves() {
		String session = sessionCookie();
		postgres.stop();
		try {
			for (String cookie : Arrays.asList(null, session)) {
				long started = System.nanoTime();
				HttpResponse<String> response = request(this.http.get(TestPages.NEEDS_DATABASE).language("en-NZ"),
						cookie)
					.send();
				long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
				System.out.printf("Database-backed page answered %d in %d ms with PostgreSQL down (%s)%n",
						response.statusCode(), millis, (cookie != null) ? "with a session" : "without a session");
				assertThat(response.statusCode()).isEqualTo(500);
				assertSafetyLayer(Jsoup.parse(response.body()), "tel:1737", "database page while down");
			}
			assertThat(health("/actuator/health/liveness").statusCode()).isEqualTo(200);
			assertThat(health("/actuator/health/readiness").statusCode()).isEqualTo(200);
			assertThat(health("/actuator/health/database").statusCode()).isEqualTo(503);
		}
		finally {
			postgres.restart();
		}
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(this.http.get(TestPages.NEEDS_DATABASE).cookie(session).send().statusCode())
				.isEqualTo(200));
		assertThat(health("/actuator/health/database").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> chooseCountryWhileDown(String country) {
		HttpResponse<String> help = this.http.get("/help").send();
		String csrfCookie = help.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("hf_csrf="))
			.map((cookie) -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow();
		String token = Jsoup.parse(help.body()).selectFirst("form[action=/help/country] input[name=_csrf]").val();
		HttpResponse<String> response = this.http.post("/help/country", "country=" + country + "&_csrf=" + token)
			.cookie(csrfCookie)
			.send();
		assertThat(response.statusCode()).isEqualTo(302);
		return response;
	}

	private HttpResponse<String> health(String path) {
		return this.http.get(path).accept("application/json").send();
	}

	private static Http.Request request(Http.Request request, String cookie) {
		return (cookie != null) ? request.cookie(cookie) : request;
	}

	/** A real session row in PostgreSQL, and the cookie that names it. */
	private String sessionCookie() {
		String id = save(this.sessions);
		return "hf_session=" + Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8));
	}

	private static <S extends Session> String save(SessionRepository<S> repository) {
		S session = repository.createSession();
		session.setAttribute("visited", new ArrayList<>(List.of("/help")));
		repository.save(session);
		assertThat(repository.findById(session.getId())).isNotNull();
		return session.getId();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class OwnDatabase {

		@Bean
		JdbcConnectionDetails outageDatabase() {
			return postgres.connectionDetails();
		}

	}

}
