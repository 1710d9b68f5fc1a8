package org.holdfast.account;

import java.time.Clock;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * How passwords are checked. Argon2id with the parameters OWASP recommends (19 MiB, two
 * passes, one lane) behind a {@link DelegatingPasswordEncoder}, so that hashes name their
 * algorithm and parameters and can be replaced on the next sign-in when these grow.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountProperties.class)
class AccountConfiguration {

	static final String ARGON2 = "argon2";

	/** Argon2id with m = 19 MiB, t = 2, p = 1, a 16-byte salt and a 32-byte hash. */
	static Argon2PasswordEncoder argon2id() {
		return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
	}

	/**
	 * The password encoder, with at most two hashes per CPU core running at once (see
	 * {@link BoundedPasswordEncoder}).
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new BoundedPasswordEncoder(new DelegatingPasswordEncoder(ARGON2, Map.of(ARGON2, argon2id())),
				2 * Runtime.getRuntime().availableProcessors());
	}

	/**
	 * Checks a username and password. An unknown username costs the same hash as a wrong
	 * password, and a suspended account is only reported after the right password, so
	 * neither answer tells a stranger whether an account exists.
	 */
	@Bean
	AuthenticationManager authenticationManager(MemberDetailsService members, PasswordEncoder passwords) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(members);
		provider.setPasswordEncoder(passwords);
		provider.setUserDetailsPasswordService(members);
		provider.setPreAuthenticationChecks((user) -> {
		});
		provider.setPostAuthenticationChecks((user) -> {
			if (!user.isAccountNonLocked()) {
				throw new LockedException("Suspended");
			}
		});
		return new ProviderManager(provider);
	}

	@Bean
	FilterRegistrationBean<SessionLifetimeFilter> sessionLifetimeFilter(AccountProperties properties, Clock clock) {
		FilterRegistrationBean<SessionLifetimeFilter> registration = new FilterRegistrationBean<>(
				new SessionLifetimeFilter(properties.sessionLifetime(), clock));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
		return registration;
	}

}
