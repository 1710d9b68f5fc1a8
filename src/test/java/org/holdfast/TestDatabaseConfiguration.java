package org.holdfast;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Points the application at the shared {@link TestPostgres}. Because it supplies
 * {@link JdbcConnectionDetails}, the application's own embedded database backs off,
 * exactly as it does in production when {@code SPRING_DATASOURCE_URL} is set.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	JdbcConnectionDetails testDatabase() {
		return TestPostgres.shared().connectionDetails();
	}

}
