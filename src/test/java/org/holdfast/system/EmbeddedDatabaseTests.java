package org.holdfast.system;

import java.nio.file.Files;
import java.nio.file.Path;

import org.holdfast.Holdfast;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no database configured, Holdfast runs its own PostgreSQL 17 and keeps the data in
 * {@code holdfast.data.dir} across restarts.
 */
class EmbeddedDatabaseTests {

	@Test
	void embeddedPostgresKeepsItsDataInTheDataDirectoryAcrossRestarts(@TempDir Path dataDir) {
		String[] args = { "--server.port=0", "--holdfast.data.dir=" + dataDir };
		try (ConfigurableApplicationContext first = SpringApplication.run(Holdfast.class, args)) {
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("SHOW server_version", String.class)).startsWith("17.");
			jdbc.update("INSERT INTO spring_session (primary_id, session_id, creation_time, last_access_time, "
					+ "max_inactive_interval, expiry_time) VALUES ('restart-check', 'restart-check', 0, 0, 1800, "
					+ "9999999999999)");
		}
		assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
		assertThat(Files.isDirectory(dataDir.resolve("postgres/base"))).isTrue();
		try (ConfigurableApplicationContext second = SpringApplication.run(Holdfast.class, args)) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE primary_id = 'restart-check'",
					Integer.class))
				.isEqualTo(1);
			assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE version = '1'",
					Integer.class))
				.as("the first migration ran once, not again on restart")
				.isEqualTo(1);
		}
	}

}
