package org.holdfast.system;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A circuit breaker in front of the connection pool. When PostgreSQL cannot be reached,
 * every caller would otherwise wait the pool's full connection time-out (3 s), one after
 * another: a page that looks up a session and then its own data would take twice that,
 * and under load the waiting requests would use up the server's threads while people need
 * {@code /help}.
 *
 * <p>
 * After a connection failure (not a merely busy pool), connections are refused at once
 * for a few seconds; then the next caller tries the database again. Pages that need the
 * database therefore fail fast during an outage and recover by themselves when it
 * returns.
 */
final class FailFastDataSource extends DelegatingDataSource {

	private static final Logger log = LoggerFactory.getLogger(FailFastDataSource.class);

	static final Duration OPEN_FOR = Duration.ofSeconds(5);

	private final LongSupplier nanoTime;

	private volatile long openUntil;

	private volatile boolean down;

	private final AtomicBoolean probing = new AtomicBoolean();

	FailFastDataSource(DataSource pool) {
		this(pool, System::nanoTime);
	}

	FailFastDataSource(DataSource pool, LongSupplier nanoTime) {
		super(pool);
		this.nanoTime = nanoTime;
		this.openUntil = nanoTime.getAsLong();
	}

	@Override
	public Connection getConnection() throws SQLException {
		return connect(() -> obtainTargetDataSource().getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return connect(() -> obtainTargetDataSource().getConnection(username, password));
	}

	private Connection connect(ConnectionSource source) throws SQLException {
		if (this.nanoTime.getAsLong() - this.openUntil < 0) {
			throw unavailable();
		}
		// Half open: after an outage, one caller at a time finds out whether it is over.
		boolean probe = this.down;
		if (probe && !this.probing.compareAndSet(false, true)) {
			throw unavailable();
		}
		try {
			Connection connection = source.connect();
			closed();
			return connection;
		}
		catch (SQLException ex) {
			opened(ex);
			throw ex;
		}
		finally {
			if (probe) {
				this.probing.set(false);
			}
		}
	}

	private static SQLException unavailable() {
		return new SQLTransientConnectionException(
				"The database could not be reached a moment ago; not trying again for a few seconds", "08001");
	}

	private void opened(SQLException ex) {
		if (!isConnectionFailure(ex)) {
			return;
		}
		this.openUntil = this.nanoTime.getAsLong() + OPEN_FOR.toNanos();
		if (!this.down) {
			this.down = true;
			log.warn("The database cannot be reached ({}); pages that need it fail fast, retrying every {} s",
					rootMessage(ex), OPEN_FOR.toSeconds());
		}
	}

	private void closed() {
		if (this.down) {
			this.down = false;
			log.info("The database can be reached again");
		}
	}

	/**
	 * A refused, broken or timed-out connection, as opposed to a pool that is merely
	 * busy.
	 */
	static boolean isConnectionFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName();
	}

	@FunctionalInterface
	private interface ConnectionSource {

		Connection connect() throws SQLException;

	}

}
