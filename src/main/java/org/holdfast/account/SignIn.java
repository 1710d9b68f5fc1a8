package org.holdfast.account;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.holdfast.crisis.CountryResolver;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Puts a member into the session once they have proved who they are: a new session id (so
 * a session fixed by someone else is worthless), a new CSRF token, the time of sign-in
 * for the absolute time-out, and their banner country; and whatever features kept for
 * them while anonymous moves into their account ({@link SessionHandover}). Also works out
 * where to go next: the page they were trying to open, which is always a path on this
 * site.
 */
@Component
public class SignIn {

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository repository;

	private final SessionAuthenticationStrategy sessionStrategy;

	private final RequestCache requestCache;

	private final CountryResolver countries;

	private final Clock clock;

	private final List<SessionHandover> handovers;

	SignIn(SecurityContextRepository repository, CsrfTokenRepository csrfTokens, RequestCache requestCache,
			CountryResolver countries, Clock clock, List<SessionHandover> handovers) {
		this.repository = repository;
		this.sessionStrategy = new CompositeSessionAuthenticationStrategy(
				List.of(new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(csrfTokens)));
		this.requestCache = requestCache;
		this.countries = countries;
		this.clock = clock;
		this.handovers = handovers;
	}

	/** Signs in a member who has just proved their password. */
	void start(SignedInMember member, @Nullable String country, HttpServletRequest request,
			HttpServletResponse response) {
		store(member, request, response);
		HttpSession session = request.getSession();
		session.setAttribute(SessionLifetimeFilter.SIGNED_IN_AT, this.clock.instant());
		for (SessionHandover handover : this.handovers) {
			handover.handOver(member.id(), session);
		}
		if (country != null) {
			this.countries.remember(country, request, response);
		}
	}

	/** Signs in a member created just now (sign-up, or the first admin). */
	public void start(Member member, HttpServletRequest request, HttpServletResponse response) {
		start(SignedInMember.of(member), member.getCountry(), request, response);
	}

	/** Raises the session to the member's staff roles after a second factor. */
	void secondFactorPassed(SignedInMember member, HttpServletRequest request, HttpServletResponse response) {
		store(member.withSecondFactor(), request, response);
	}

	private void store(SignedInMember member, HttpServletRequest request, HttpServletResponse response) {
		member.eraseCredentials();
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(member, null,
				member.getAuthorities());
		this.sessionStrategy.onAuthentication(authentication, request, response);
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(authentication);
		this.contexts.setContext(context);
		this.repository.saveContext(context, request, response);
	}

	/**
	 * Where to go after signing in: the path (and query) of the page that asked for it,
	 * or the given default. Never another site: only the path of a saved request is used.
	 */
	String next(HttpServletRequest request, HttpServletResponse response, String otherwise) {
		SavedRequest saved = this.requestCache.getRequest(request, response);
		this.requestCache.removeRequest(request, response);
		if (saved != null) {
			String path = saved.getRedirectUrl();
			if (path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")) {
				return path;
			}
		}
		return otherwise;
	}

}
