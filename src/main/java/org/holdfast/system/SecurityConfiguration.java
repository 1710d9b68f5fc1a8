package org.holdfast.system;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The HTTP security baseline from {@code reference/security.md}: a strict Content
 * Security Policy (no inline script or style, nothing from another origin), no referrer,
 * no framing, and CSRF protection on every POST.
 *
 * <p>
 * The CSRF token lives in its own cookie rather than in the session, so forms such as the
 * country picker on {@code /help} keep working while the session store (PostgreSQL) is
 * down.
 *
 * <p>
 * Public so that web-slice tests of any feature run with the real security rules.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
			+ "base-uri 'none'; object-src 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "browsing-topics=()";

	static final String CSRF_COOKIE = "hf_csrf";

	/**
	 * The headers every response carries: written by this filter chain, and by
	 * {@link ServerErrorPages} for the error pages Tomcat renders before the chain runs.
	 */
	static final Map<String, String> HEADERS = Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY,
			"Referrer-Policy", "no-referrer", "X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY",
			"Permissions-Policy", PERMISSIONS_POLICY, "Cross-Origin-Opener-Policy", "same-origin");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) {
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieName(CSRF_COOKIE);
		csrfTokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens))
			.headers((headers) -> {
				headers.defaultsDisabled()
					.cacheControl(Customizer.withDefaults())
					.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
				HEADERS.forEach((name, value) -> headers.addHeaderWriter(new StaticHeadersWriter(name, value)));
			});
		return http.build();
	}

}
