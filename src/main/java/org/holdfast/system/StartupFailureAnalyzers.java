package org.holdfast.system;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns the start-up failures an operator is most likely to meet into one plain sentence
 * and one suggested action, instead of a wall of stack trace. Registered in
 * {@code META-INF/spring.factories}; Spring Boot prints the result and exits.
 */
final class StartupFailureAnalyzers {

	private StartupFailureAnalyzers() {
	}

	/** The embedded database's data directory cannot be created, written or locked. */
	static final class DataDirectory extends AbstractFailureAnalyzer<DataDirectoryException> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryException cause) {
			return new FailureAnalysis(
					"Holdfast cannot start: data directory " + cause.getDirectory() + " " + cause.getProblem() + ".",
					"Set HOLDFAST_DATA_DIR to a directory this user can write, or fix the permissions of this one. "
							+ "To use an external PostgreSQL instead, set SPRING_DATASOURCE_URL.",
					cause);
		}

	}

	/**
	 * An external database (from {@code SPRING_DATASOURCE_URL}) refuses connections,
	 * cannot be found, or rejects the credentials.
	 */
	static final class DatabaseUnreachable extends AbstractFailureAnalyzer<SQLException> {

		private final Environment environment;

		DatabaseUnreachable(Environment environment) {
			this.environment = environment;
		}

		@Override
		protected @Nullable FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
			String reason = reason(rootFailure);
			if (reason == null) {
				return null;
			}
			String url = redact(this.environment.getProperty("spring.datasource.url", "the configured database"));
			return new FailureAnalysis("Holdfast cannot start: the database at " + url + " " + reason + ".",
					"Check that PostgreSQL is running and reachable, and that SPRING_DATASOURCE_URL, "
							+ "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD are right. "
							+ "Unset SPRING_DATASOURCE_URL to use the embedded database instead.",
					cause);
		}

		private @Nullable String reason(Throwable failure) {
			if (findCause(failure, UnknownHostException.class) != null) {
				return "cannot be found (unknown host)";
			}
			if (findCause(failure, ConnectException.class) != null) {
				return "refused the connection";
			}
			for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
				if (candidate instanceof SQLException sql && sql.getSQLState() != null) {
					String state = sql.getSQLState();
					if (state.startsWith("28")) {
						return "rejected the user name or password";
					}
					if (state.equals("3D000")) {
						return "has no database by that name";
					}
					if (state.startsWith("08")) {
						return "could not be reached";
					}
				}
			}
			return null;
		}

		static String redact(String url) {
			return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
		}

	}

}
