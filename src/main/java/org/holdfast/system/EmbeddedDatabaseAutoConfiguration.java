package org.holdfast.system;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts a PostgreSQL 17 server from the application's own dependencies when no database
 * is configured, so {@code ./mvnw spring-boot:run} works on a machine with neither
 * PostgreSQL nor Docker. The cluster lives under {@code holdfast.data.dir} and survives
 * restarts.
 *
 * <p>
 * It backs off as soon as {@code spring.datasource.url} is set (production) or another
 * {@link JdbcConnectionDetails} bean exists (tests supply their own database that way).
 * Because it only contributes connection details, Hikari, Flyway and health checks are
 * configured exactly as they are for an external database.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(EmbeddedDatabaseAutoConfiguration.NoDatabaseUrl.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public final class EmbeddedDatabaseAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean(JdbcConnectionDetails.class)
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) {
		Path directory = properties.postgresDirectory();
		EmbeddedPostgres postgres = EmbeddedPostgresServer.start(directory);
		log.info("Embedded PostgreSQL is running on port {} with its data in {}", postgres.getPort(), directory);
		return postgres;
	}

	@Bean
	@ConditionalOnMissingBean(JdbcConnectionDetails.class)
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
		String url = postgres.getJdbcUrl("postgres", "postgres");
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return url;
			}

			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return "";
			}

		};
	}

	/** Matches when {@code spring.datasource.url} is absent or blank. */
	static final class NoDatabaseUrl extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String url = context.getEnvironment().getProperty("spring.datasource.url");
			if (url == null || url.isBlank()) {
				return ConditionOutcome.match("spring.datasource.url is not set");
			}
			return ConditionOutcome.noMatch("spring.datasource.url is set");
		}

	}

}
