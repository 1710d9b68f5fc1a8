package org.holdfast.system;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.AbstractDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;

/**
 * The circuit breaker opens on connection failures only, and closes when the database
 * answers.
 */
class FailFastDataSourceTests {

	private final AtomicLong now = new AtomicLong(1_000);

	private final Pool pool = new Pool();

	private final FailFastDataSource dataSource = new FailFastDataSource(this.pool, this.now::get);

	@Test
	void afterAConnectionFailureCallersFailAtOnceWithoutWaitingOnThePool() {
		this.pool.refuse = true;
		assertThatExceptionOfType(SQLException.class).isThrownBy(this.dataSource::getConnection);
		assertThatExceptionOfType(SQLTransientConnectionException.class).isThrownBy(this.dataSource::getConnection)
			.withMessageContaining("not trying again");
		assertThat(this.pool.attempts).hasValue(1);
	}

	@Test
	void aBusyPoolDoesNotOpenTheBreaker() {
		this.pool.busy = true;
		assertThatExceptionOfType(SQLException.class).isThrownBy(this.dataSource::getConnection);
		assertThatExceptionOfType(SQLException.class).isThrownBy(this.dataSource::getConnection);
		assertThat(this.pool.attempts).hasValue(2);
	}

	@Test
	void afterAFewSecondsTheDatabaseIsTriedAgainAndPagesRecover() throws SQLException {
		this.pool.refuse = true;
		assertThatExceptionOfType(SQLException.class).isThrownBy(this.dataSource::getConnection);
		this.now.addAndGet(FailFastDataSource.OPEN_FOR.toNanos() + 1);
		this.pool.refuse = false;
		assertThat(this.dataSource.getConnection()).isNotNull();
		assertThat(this.dataSource.getConnection()).isNotNull();
		assertThat(this.pool.attempts).hasValue(3);
	}

	@Test
	void stillDownAfterTheWindowReopensIt() {
		this.pool.refuse = true;
		assertThatExceptionOfType(SQLException.class).isThrownBy(this.dataSource::getConnection);
		this.now.addAndGet(FailFastDataSource.OPEN_FOR.toNanos() + 1);
		assertThatExceptionOfType(SQLException.class).isThrownBy(this.dataSource::getConnection);
		assertThatExceptionOfType(SQLTransientConnectionException.class).isThrownBy(this.dataSource::getConnection);
		assertThat(this.pool.attempts).hasValue(2);
	}

	/**
	 * A pool that can refuse connections as an unreachable server does, or time out busy.
	 */
	static class Pool extends AbstractDataSource {

		final AtomicInteger attempts = new AtomicInteger();

		volatile boolean refuse;

		volatile boolean busy;

		@Override
		public Connection getConnection() throws SQLException {
			this.attempts.incrementAndGet();
			if (this.refuse) {
				throw new SQLTransientConnectionException("Connection is not available", "08001",
						new SQLException("Connection refused", "08001", new ConnectException("refused")));
			}
			if (this.busy) {
				throw new SQLTransientConnectionException("Connection is not available, request timed out");
			}
			return mock(Connection.class);
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return getConnection();
		}

	}

}
