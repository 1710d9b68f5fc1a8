package org.holdfast.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.holdfast.Holdfast;
import org.holdfast.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * An operator who gets something wrong sees one plain sentence and what to do, not a wall
 * of stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTests {

	@Test
	void portAlreadyInUseIsOneClearSentence(CapturedOutput output) throws IOException {
		TestPostgres database = TestPostgres.shared();
		try (ServerSocket busy = new ServerSocket(0)) {
			assertThatException().isThrownBy(
					() -> start("--server.port=" + busy.getLocalPort(), "--spring.datasource.url=" + database.jdbcUrl(),
							"--spring.datasource.username=" + database.username(),
							"--spring.datasource.password=" + database.password()));
			assertThat(output).contains("Port " + busy.getLocalPort() + " was already in use");
			assertNoStackTrace(output);
		}
	}

	@Test
	void unreachableDatabaseIsOneClearSentence(CapturedOutput output) throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/holdfast?password=secret";
		assertThatException().isThrownBy(() -> start("--server.port=0", "--spring.datasource.url=" + url));
		assertThat(output)
			.contains("Holdfast cannot start: the database at jdbc:postgresql://127.0.0.1:" + closedPort
					+ "/holdfast?password=*** refused the connection.")
			.contains("SPRING_DATASOURCE_URL")
			.doesNotContain("secret");
		assertNoStackTrace(output);
	}

	@Test
	void dataDirectoryThatCannotBeWrittenIsOneClearSentence(CapturedOutput output, @TempDir Path temp)
			throws IOException {
		// A path below a regular file can never be created, even by root.
		Path file = Files.createFile(temp.resolve("not-a-directory"));
		assertThatException().isThrownBy(() -> start("--server.port=0", "--holdfast.data.dir=" + file.resolve("data")));
		assertThat(output).contains("Holdfast cannot start: data directory " + file.resolve("data").resolve("postgres"))
			.contains("cannot be created or written")
			.contains("HOLDFAST_DATA_DIR");
		assertNoStackTrace(output);
	}

	private static void start(String... args) {
		SpringApplication application = new SpringApplication(Holdfast.class);
		application.run(args).close();
	}

	private static void assertNoStackTrace(CapturedOutput output) {
		assertThat(output.getAll()).as("start-up output").doesNotContainPattern("\\n\\s+at [a-z]+\\.");
	}

}
