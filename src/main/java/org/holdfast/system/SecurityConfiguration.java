package org.holdfast.system;

import java.util.Map;

import org.holdfast.crisis.ClearSiteData;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * The HTTP security baseline from {@code reference/security.md}: a strict Content
 * Security Policy (no inline script or style, nothing from another origin), no referrer,
 * no framing, CSRF protection on every POST, and who may open which pages.
 *
 * <p>
 * Reading is open to everyone: articles, help and the toolbox need no account. Pages
 * about an account need a signed-in member, and staff pages need the staff role, which a
 * member only holds after two-step sign-in. Signing in itself is a controller in
 * {@code account}, which uses the {@link SecurityContextRepository}, {@link RequestCache}
 * and CSRF token repository defined here so that it stores exactly what this chain reads.
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

	static final String SESSION_COOKIE = "hf_session";

	/** The account's known-device cookie: signing out forgets the browser too. */
	public static final String DEVICE_COOKIE = "hf_device";

	/** Where an anonymous visitor is sent when a page needs an account. */
	public static final String SIGN_IN_PAGE = "/account/sign-in";

	/** Where signing out lands: a page that needs no session. */
	public static final String SIGNED_OUT_PAGE = "/account/signed-out";

	/**
	 * The headers every response carries: written by this filter chain, and by
	 * {@link ServerErrorPages} for the error pages Tomcat renders before the chain runs.
	 */
	static final Map<String, String> HEADERS = Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY,
			"Referrer-Policy", "no-referrer", "X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY",
			"Permissions-Policy", PERMISSIONS_POLICY, "Cross-Origin-Opener-Policy", "same-origin");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, CookieCsrfTokenRepository csrfTokens,
			SecurityContextRepository contexts, RequestCache requestCache,
			ObjectProvider<AccessDeniedHandler> accessDenied) {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/account/sign-up", "/account/sign-in", "/account/recover", SIGNED_OUT_PAGE,
					"/account/deleted")
			.permitAll()
			.requestMatchers("/community", "/community/how-we-moderate")
			.permitAll()
			.requestMatchers("/account/**", "/me", "/me/**", "/community/**")
			.authenticated()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/moderation/**")
			.hasRole("MODERATOR")
			.requestMatchers("/editor/**")
			.hasRole("EDITOR")
			.anyRequest()
			.permitAll())
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens))
			.securityContext((context) -> context.securityContextRepository(contexts))
			.requestCache((cache) -> cache.requestCache(requestCache))
			.exceptionHandling((exceptions) -> {
				exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN_PAGE));
				accessDenied.ifAvailable(exceptions::accessDeniedHandler);
			})
			.logout((logout) -> logout.logoutUrl("/account/sign-out")
				.logoutSuccessUrl(SIGNED_OUT_PAGE)
				.deleteCookies(SESSION_COOKIE, CSRF_COOKIE, DEVICE_COOKIE)
				.addLogoutHandler(new ClearSiteData()))
			.headers((headers) -> {
				headers.defaultsDisabled()
					.cacheControl(Customizer.withDefaults())
					.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
				HEADERS.forEach((name, value) -> headers.addHeaderWriter(new StaticHeadersWriter(name, value)));
			});
		return http.build();
	}

	@Bean
	public CookieCsrfTokenRepository csrfTokenRepository() {
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieName(CSRF_COOKIE);
		csrfTokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		return csrfTokens;
	}

	/** Signed-in members are kept in the session, which lives in PostgreSQL. */
	@Bean
	public SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	/**
	 * Remembers the page an anonymous visitor wanted (its path and query, nothing else),
	 * so that signing in leads back to it.
	 */
	@Bean
	public RequestCache requestCache() {
		return new PathOnlyRequestCache();
	}

}
