package org.holdfast.crisis;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The quick exit: a plain link on every page, so it works without JavaScript. It ends the
 * session on our side, asks the browser to forget our cookies, storage and cache, and
 * sends the visitor to a neutral page.
 *
 * <p>
 * It is a GET because it has to be a link that works in one tap; the only state it
 * changes is ending the visitor's own session, which is what they asked for. It must
 * never fail: if the session store is unreachable the browser is still told to clear
 * everything.
 */
@Controller
class QuickExitController {

	private static final Logger log = LoggerFactory.getLogger(QuickExitController.class);

	private final CrisisProperties properties;

	QuickExitController(CrisisProperties properties) {
		this.properties = properties;
	}

	@GetMapping("/exit")
	String exit(HttpServletRequest request, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		if (!isNavigation(request)) {
			// An image or script on another site pointing here must not wipe the
			// visitor's data.
			return "redirect:" + this.properties.exitUrl();
		}
		try {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Quick exit could not end the session on the server ({}); the browser was still told to clear it",
					ex.getClass().getSimpleName());
		}
		SecurityContextHolder.clearContext();
		ClearSiteData.write(response);
		expireCookies(request, response);
		return "redirect:" + this.properties.exitUrl();
	}

	/**
	 * Browsers honour {@code Clear-Site-Data} only over HTTPS (and on localhost), so
	 * every cookie the browser sent is also expired the old way.
	 */
	private static void expireCookies(HttpServletRequest request, HttpServletResponse response) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return;
		}
		for (Cookie cookie : cookies) {
			ResponseCookie expired = ResponseCookie.from(cookie.getName(), "")
				.path("/")
				.maxAge(0)
				.httpOnly(true)
				.secure(request.isSecure())
				.sameSite("Lax")
				.build();
			response.addHeader(HttpHeaders.SET_COOKIE, expired.toString());
		}
	}

	/** A top-level navigation (a click or typed address), or a browser too old to say. */
	private static boolean isNavigation(HttpServletRequest request) {
		String destination = request.getHeader("Sec-Fetch-Dest");
		return destination == null || "document".equals(destination);
	}

}
