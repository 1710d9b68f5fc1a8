package org.holdfast.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

/**
 * Remembers the page an anonymous visitor wanted, so that signing in leads back to it:
 * the path and query of a GET, and nothing else. Spring Security's own cache keeps the
 * whole request, every header included, so a client's address (X-Forwarded-For,
 * X-Real-IP) and browser would end up in the session table. Only this site's own pages
 * can be remembered, so the redirect after sign-in never leaves the site.
 */
final class PathOnlyRequestCache implements RequestCache {

	static final String ATTRIBUTE = PathOnlyRequestCache.class.getName() + ".path";

	@Override
	public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
		if (!"GET".equals(request.getMethod())) {
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) {
			return;
		}
		String query = request.getQueryString();
		request.getSession().setAttribute(ATTRIBUTE, (query != null) ? path + "?" + query : path);
	}

	@Override
	public @Nullable SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
		HttpSession session = request.getSession(false);
		Object path = (session != null) ? session.getAttribute(ATTRIBUTE) : null;
		return (path instanceof String saved) ? new SimpleSavedRequest(saved) : null;
	}

	@Override
	public @Nullable HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
		return null;
	}

	@Override
	public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}

}
