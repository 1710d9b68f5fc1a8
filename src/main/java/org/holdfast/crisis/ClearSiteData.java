package org.holdfast.crisis;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * Tells the browser to forget everything this site stored: cache, cookies and storage.
 * Sent on sign-out, "sign out everywhere", account deletion and the quick exit, so that
 * the next person at a shared device finds nothing. Always sent: Spring Security's own
 * writer only sends it over HTTPS, but browsers also honour it on localhost, and behind a
 * TLS proxy the request may look like plain HTTP to the application.
 */
public final class ClearSiteData implements LogoutHandler {

	public static final String HEADER = "Clear-Site-Data";

	public static final String EVERYTHING = "\"cache\", \"cookies\", \"storage\"";

	public static void write(HttpServletResponse response) {
		response.setHeader(HEADER, EVERYTHING);
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response,
			@Nullable Authentication authentication) {
		write(response);
	}

}
