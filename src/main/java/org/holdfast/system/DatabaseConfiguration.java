package org.holdfast.system;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * How the application survives a database outage: the connection pool sits behind a
 * {@link FailFastDataSource}, and Spring Session's repository behind a
 * {@link ResilientSessionRepository}, so the session filter in front of every request
 * never fails a page that does not itself need the database.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean
	static BeanPostProcessor outageTolerance() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcIndexedSessionRepository repository) {
					return new ResilientSessionRepository<>(repository);
				}
				if (bean instanceof DataSource pool && !(bean instanceof FailFastDataSource)
						&& "dataSource".equals(beanName)) {
					return new FailFastDataSource(pool);
				}
				return bean;
			}

		};
	}

}
