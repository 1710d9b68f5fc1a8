package org.holdfast;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Test-only pages under {@code /test/}: one that fails, to see the 500 page, and one that
 * needs the database, to see how pages behave while PostgreSQL is down. Real features add
 * real database-backed pages; these keep the outage tests meaningful until then.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestPages {

	public static final String FAILING = "/test/failing";

	public static final String NEEDS_DATABASE = "/test/needs-database";

	/** A page that looks up the visitor's session, as signed-in pages will. */
	public static final String READS_SESSION = "/test/reads-session";

	/** Registered as a member class of this configuration. */
	@Controller
	static class TestPagesController {

		private final JdbcTemplate jdbc;

		TestPagesController(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@GetMapping(FAILING)
		String failing() {
			throw new IllegalStateException("A test page that always fails");
		}

		@GetMapping(READS_SESSION)
		String readsSession(jakarta.servlet.http.HttpServletRequest request) {
			request.getSession(false);
			return "welcome";
		}

		@GetMapping(NEEDS_DATABASE)
		String needsDatabase() {
			this.jdbc.queryForObject("SELECT count(*) FROM spring_session", Long.class);
			return "welcome";
		}

	}

}
