package org.holdfast.admin;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.holdfast.TestPostgres;
import org.holdfast.WebSession;
import org.holdfast.WebSession.Page;
import org.holdfast.account.Accounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No default account: on a brand-new database the application prints a one-time link, and
 * only that link creates the first admin. Has a database of its own, so that no other
 * test's admin exists yet.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(FirstAdminTests.OwnDatabase.class)
@DirtiesContext
class FirstAdminTests {

	static final TestPostgres postgres = TestPostgres.startDedicated();

	private static final Pattern LINK = Pattern
		.compile("open this one-time link: (http://localhost:\\d+(/setup/[A-Za-z0-9_-]{43}))");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SetupLinks links;

	@AfterAll
	static void closeDatabase() {
		postgres.close();
	}

	@Test
	void theFirstStartPrintsALinkThatCreatesTheFirstAdminOnceAndThenDies(CapturedOutput output) {
		assertThat(this.jdbc.queryForObject("select count(*) from member", Integer.class)).as("no default account")
			.isZero();
		Matcher printed = LINK.matcher(output.getAll());
		assertThat(printed.find()).as("the setup link is in the log").isTrue();
		assertThat(printed.group(1)).startsWith("http://localhost:" + this.port + "/setup/");
		String link = printed.group(2);
		String another = SetupLinks.PATH + this.links.create();
		assertThat(this.jdbc.queryForList("select token_hash from admin_setup_token", String.class))
			.as("only digests are stored")
			.hasSize(2)
			.noneMatch((hash) -> link.endsWith(hash) || another.endsWith(hash));

		assertThat(new WebSession(this.port).get("/setup/not-a-real-token").status()).isEqualTo(404);

		WebSession operator = new WebSession(this.port);
		Page form = operator.get(link);
		assertThat(form.status()).isEqualTo(200);
		Page refused = operator.submit(form, "main form", Map.of("username", "admin", "password", Accounts.PASSWORD));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errors()).contains("reserved");

		Page codes = operator.submit(refused, "main form",
				Map.of("username", "harbour-keeper", "password", Accounts.PASSWORD));
		assertThat(codes.path()).isEqualTo("/account/recovery-codes/new");
		assertThat(codes.document().select("ol.codes code")).hasSize(10);

		assertThat(new WebSession(this.port).get(link).status()).as("the link died").isEqualTo(404);
		assertThat(new WebSession(this.port).get(another).status()).as("every link died").isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select count(*) from admin_setup_token", Integer.class)).isZero();

		assertThat(operator.get("/admin/members").path()).as("admin pages need two-step sign-in first")
			.isEqualTo("/account/two-factor");
		Page twoStep = operator.get("/account/two-factor");
		String secret = twoStep.document().selectFirst("code.secret").text().replace(" ", "");
		Page admin = operator.submit(twoStep, "main form",
				Map.of("code", Accounts.code(secret, java.time.Instant.now())));
		assertThat(admin.path()).isEqualTo("/admin/members");
		assertThat(admin.document().select("tbody tr")).hasSize(1);

		Page audit = operator.get("/admin/audit");
		assertThat(audit.document().select(".audit-list li").eachText())
			.anyMatch((line) -> line.contains("harbour-keeper became the first admin using the setup link"));
		assertThat(output.getAll()).as("the password never reaches the log").doesNotContain(Accounts.PASSWORD);
		List<String> roles = this.jdbc.queryForList(
				"select role from member_role r join member m on m.id = r.member_id where m.username = 'harbour-keeper'",
				String.class);
		assertThat(roles).containsExactlyInAnyOrder("MEMBER", "ADMIN");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class OwnDatabase {

		@Bean
		JdbcConnectionDetails firstAdminDatabase() {
			return postgres.connectionDetails();
		}

	}

}
