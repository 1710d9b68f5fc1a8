package org.holdfast.system;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.Optional;

import org.holdfast.Holdfast;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * With no database configured, Holdfast runs its own PostgreSQL 17 and keeps the data in
 * {@code holdfast.data.dir} across restarts.
 */
class EmbeddedDatabaseTests {

	/**
	 * Also the documented cold backup: a copy of the data directory taken while Holdfast
	 * is stopped starts as a full restore.
	 */
	@Test
	void embeddedPostgresKeepsItsDataAcrossRestartsAndACopyOfTheDirectoryRestoresIt(@TempDir Path dataDir,
			@TempDir Path restored) throws Exception {
		try (ConfigurableApplicationContext first = SpringApplication.run(Holdfast.class, "--server.port=0",
				"--holdfast.data.dir=" + dataDir)) {
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("SHOW server_version", String.class)).startsWith("17.");
			jdbc.update("INSERT INTO spring_session (primary_id, session_id, creation_time, last_access_time, "
					+ "max_inactive_interval, expiry_time) VALUES ('restart-check', 'restart-check', 0, 0, 1800, "
					+ "9999999999999)");
		}
		assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
		copy(dataDir, restored);
		for (Path directory : List.of(dataDir, restored)) {
			try (ConfigurableApplicationContext next = SpringApplication.run(Holdfast.class, "--server.port=0",
					"--holdfast.data.dir=" + directory)) {
				JdbcTemplate jdbc = next.getBean(JdbcTemplate.class);
				assertThat(jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE primary_id = 'restart-check'",
						Integer.class))
					.as("the row written before the restart, in %s", directory)
					.isEqualTo(1);
				assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE version = '1'",
						Integer.class))
					.as("the first migration ran once, not again on restart")
					.isEqualTo(1);
			}
		}
	}

	@Test
	void secondHoldfastOnTheSameDataDirectoryIsRefusedClearly(@TempDir Path dataDir) {
		String[] args = { "--server.port=0", "--holdfast.data.dir=" + dataDir };
		try (ConfigurableApplicationContext first = SpringApplication.run(Holdfast.class, args)) {
			assertThatException().isThrownBy(() -> SpringApplication.run(Holdfast.class, args))
				.havingRootCause()
				.isInstanceOf(java.nio.channels.OverlappingFileLockException.class);
			assertThat(first.getBean(JdbcTemplate.class).queryForObject("SELECT 1", Integer.class))
				.as("the first one's database is untouched")
				.isEqualTo(1);
		}
	}

	@Test
	void postgresLeftRunningByAKilledHoldfastIsStoppedAndTheNextStartWorks(@TempDir Path dataDir) throws Exception {
		Process killed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), Holdfast.class.getName(), "--server.port=0",
				"--holdfast.data.dir=" + dataDir)
			.redirectErrorStream(true)
			.start();
		try (BufferedReader output = new BufferedReader(new InputStreamReader(killed.getInputStream()))) {
			String line;
			while ((line = output.readLine()) != null && !line.contains("Embedded PostgreSQL is running")) {
				// wait until its PostgreSQL is up
			}
			assertThat(line).as("the first Holdfast started PostgreSQL").isNotNull();
		}
		killed.destroyForcibly().waitFor();
		long orphan = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).strip());
		assertThat(ProcessHandle.of(orphan)).as("PostgreSQL outlives a killed Holdfast").isPresent();

		try (ConfigurableApplicationContext next = SpringApplication.run(Holdfast.class, "--server.port=0",
				"--holdfast.data.dir=" + dataDir)) {
			assertThat(next.getBean(JdbcTemplate.class).queryForObject("SELECT 1", Integer.class)).isEqualTo(1);
			assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the orphan was stopped")
				.isNotEqualTo(Optional.of(true));
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
				// PostgreSQL insists on owning its files, as `cp -a` or `tar` would keep
				// them.
				Files.setOwner(target, Files.getOwner(file));
				Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(file));
			}
		}
	}

}
