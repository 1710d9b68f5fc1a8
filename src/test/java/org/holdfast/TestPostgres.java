package org.holdfast;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * A real PostgreSQL 17 for tests: a Testcontainers {@code postgres:17} container when a
 * Docker engine answers, otherwise the same embedded PostgreSQL the application runs on
 * by default. Every test uses this one class, so both paths run the same test code.
 *
 * <p>
 * {@link #shared()} is started once per test JVM and reused by every Spring context.
 * {@link #startDedicated()} gives a test its own server that it may stop and restart (on
 * the same port, keeping its data) to simulate an outage.
 *
 * <p>
 * {@code HOLDFAST_TEST_DATABASE=embedded} or {@code =docker} forces one path.
 */
public abstract class TestPostgres implements AutoCloseable {

	private static TestPostgres shared;

	/** The database shared by all tests in this JVM. */
	public static synchronized TestPostgres shared() {
		if (shared == null) {
			shared = startDedicated();
			TestPostgres started = shared;
			Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-postgres-stop"));
		}
		return shared;
	}

	/** A new server for one test, which must close it. */
	public static TestPostgres startDedicated() {
		return useDocker() ? new Container() : new Embedded();
	}

	static boolean useDocker() {
		String forced = System.getenv("HOLDFAST_TEST_DATABASE");
		if ("embedded".equals(forced)) {
			return false;
		}
		if ("docker".equals(forced)) {
			return true;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	public abstract String jdbcUrl();

	public abstract String username();

	public abstract String password();

	/**
	 * Stops the server, as an outage would; connections are refused until
	 * {@link #restart()}.
	 */
	public abstract void stop();

	/** Starts a stopped server again on the same port with the same data. */
	public abstract void restart();

	@Override
	public abstract void close();

	/**
	 * Connection details that make Spring Boot use this database (and no embedded one).
	 */
	public JdbcConnectionDetails connectionDetails() {
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return jdbcUrl();
			}

			@Override
			public String getUsername() {
				return username();
			}

			@Override
			public String getPassword() {
				return password();
			}

		};
	}

	/** Waits until the server accepts connections, up to a minute. */
	protected void awaitReady() {
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		SQLException last = null;
		while (System.nanoTime() < deadline) {
			try (Connection connection = DriverManager.getConnection(jdbcUrl(), username(), password())) {
				if (connection.isValid(2)) {
					return;
				}
			}
			catch (SQLException ex) {
				last = ex;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new IllegalStateException("PostgreSQL did not become ready", last);
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * PostgreSQL in a Docker container, bound to a fixed host port so it can restart in
	 * place.
	 */
	static final class Container extends TestPostgres {

		private final int port = freePort();

		private final PostgreSQLContainer container;

		Container() {
			this.container = new PostgreSQLContainer("postgres:17").withDatabaseName("holdfast")
				.withCreateContainerCmdModifier(this::bindFixedPort);
			this.container.start();
		}

		private void bindFixedPort(CreateContainerCmd command) {
			command.getHostConfig()
				.withPortBindings(new PortBinding(Ports.Binding.bindPort(this.port), new ExposedPort(5432)));
		}

		@Override
		public String jdbcUrl() {
			return "jdbc:postgresql://" + this.container.getHost() + ":" + this.port + "/holdfast";
		}

		@Override
		public String username() {
			return this.container.getUsername();
		}

		@Override
		public String password() {
			return this.container.getPassword();
		}

		@Override
		public void stop() {
			DockerClientFactory.instance().client().stopContainerCmd(this.container.getContainerId()).exec();
		}

		@Override
		public void restart() {
			DockerClientFactory.instance().client().startContainerCmd(this.container.getContainerId()).exec();
			awaitReady();
		}

		@Override
		public void close() {
			this.container.stop();
		}

	}

	/** The embedded PostgreSQL (zonky), in a temporary directory deleted on close. */
	static final class Embedded extends TestPostgres {

		private final int port = freePort();

		private final Path directory;

		private EmbeddedPostgres postgres;

		Embedded() {
			try {
				this.directory = Files.createTempDirectory("holdfast-test-pg");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.postgres = start();
		}

		private EmbeddedPostgres start() {
			try {
				return EmbeddedPostgres.builder()
					.setDataDirectory(this.directory)
					.setCleanDataDirectory(false)
					.setRegisterShutdownHook(false)
					.setPort(this.port)
					.setServerConfig("fsync", "off")
					.setServerConfig("synchronous_commit", "off")
					.setServerConfig("full_page_writes", "off")
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public String jdbcUrl() {
			return "jdbc:postgresql://localhost:" + this.port + "/postgres";
		}

		@Override
		public String username() {
			return "postgres";
		}

		@Override
		public String password() {
			return "";
		}

		@Override
		public synchronized void stop() {
			closeQuietly();
		}

		@Override
		public synchronized void restart() {
			this.postgres = start();
			awaitReady();
		}

		@Override
		public synchronized void close() {
			closeQuietly();
			try (Stream<Path> files = Files.walk(this.directory)) {
				files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
			catch (IOException ex) {
				// A leftover temporary directory is not worth failing a test run for.
			}
		}

		private void closeQuietly() {
			try {
				this.postgres.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
