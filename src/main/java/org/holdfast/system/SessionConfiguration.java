package org.holdfast.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Wraps Spring Session's JDBC repository in a {@link ResilientSessionRepository}, so the
 * session filter in front of every request survives a database outage.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	static BeanPostProcessor resilientSessionRepository() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcIndexedSessionRepository repository) {
					return new ResilientSessionRepository<>(repository);
				}
				return bean;
			}

		};
	}

}
