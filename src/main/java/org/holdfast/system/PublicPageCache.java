package org.holdfast.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.holdfast.crisis.SafetyBanner;
import org.holdfast.crisis.VisitorCountry;

import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the rendered bytes of public pages (the home page and the library) for visitors
 * who are not signed in, so the same page is not rendered again for every reader. A page
 * is kept per address, banner country and language, for a short time (so that several app
 * nodes agree within that time) and until this node publishes a change. Only complete,
 * anonymous answers are kept: a 200 with no cookie set and no form token in it. Anyone
 * with a session, and every other page, is rendered as before. Browsers are still told
 * not to store the page ({@code no-store}): on a shared device, what someone read is
 * nobody else's business.
 */
class PublicPageCache extends OncePerRequestFilter {

	private static final List<String> PREFIXES = List.of("/articles", "/topics/", "/contributors/");

	private static final int MAX_ENTRIES = 2_000;

	private static final long MAX_BYTES = 64L * 1024 * 1024;

	private final Duration lifetime;

	private final LocaleResolver locales;

	private final Clock clock;

	private final Map<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);

	private long bytes;

	PublicPageCache(Duration lifetime, LocaleResolver locales, Clock clock) {
		this.lifetime = lifetime;
		this.locales = locales;
		this.clock = clock;
	}

	/**
	 * A kept page. Once it expires, one request renders it again while the others are
	 * still answered with this copy, so an expiry under load does not make every waiting
	 * reader render the same page at once.
	 */
	record Page(byte[] body, String contentType, String etag, Instant expires, AtomicBoolean renewing) {

		Page(byte[] body, String contentType, String etag, Instant expires) {
			this(body, contentType, etag, expires, new AtomicBoolean());
		}

	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (this.lifetime.isZero() || !"GET".equals(request.getMethod())) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean publicPage = path.equals("/") || PREFIXES.stream().anyMatch(path::startsWith);
		return !publicPage || hasSession(request) || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		Page page = find(key);
		if (page != null) {
			send(page, request, response);
			return;
		}
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, capture);
		byte[] body = capture.getContentAsByteArray();
		String contentType = capture.getContentType();
		if (capture.getStatus() == 200 && contentType != null && contentType.startsWith("text/html")
				&& capture.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() && !contains(body, "name=\"_csrf\"")) {
			keep(key, new Page(body, contentType, etag(body), this.clock.instant().plus(this.lifetime)));
		}
		else {
			forgetExpired(key);
		}
		capture.copyBodyToResponse();
	}

	/**
	 * Forgets every page once the change is committed (not before, or a request in
	 * between could keep the old page for another lifetime).
	 */
	@TransactionalEventListener(classes = PublicPagesChanged.class, fallbackExecution = true)
	synchronized void forgetAll() {
		this.pages.clear();
		this.bytes = 0;
	}

	private static void send(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.ETAG, page.etag());
		if (page.etag().equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(page.contentType());
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}

	private @Nullable String key(HttpServletRequest request) {
		if (!(request.getAttribute(SafetyBanner.ATTRIBUTE) instanceof SafetyBanner banner)) {
			return null;
		}
		VisitorCountry visitor = banner.visitor();
		String country = (visitor.country() != null) ? visitor.country().code() : "-";
		Locale locale = this.locales.resolveLocale(request);
		String query = request.getQueryString();
		return request.getRequestURI() + ((query != null) ? "?" + query : "") + "|" + country + "|" + visitor.reason()
				+ "|" + locale.toLanguageTag();
	}

	/**
	 * The kept page, or null when this request should render it: when there is none, or
	 * when it has expired and no other request is renewing it yet.
	 */
	private synchronized @Nullable Page find(String key) {
		Page page = this.pages.get(key);
		if (page != null && page.expires().isBefore(this.clock.instant())
				&& page.renewing().compareAndSet(false, true)) {
			return null;
		}
		return page;
	}

	/**
	 * Drops an expired page that could not be renewed (the page is now an error, say).
	 */
	private synchronized void forgetExpired(String key) {
		Page page = this.pages.get(key);
		if (page != null && page.expires().isBefore(this.clock.instant())) {
			this.pages.remove(key);
			this.bytes -= page.body().length;
		}
	}

	private synchronized void keep(String key, Page page) {
		Page old = this.pages.put(key, page);
		this.bytes += page.body().length - ((old != null) ? old.body().length : 0);
		var eldest = this.pages.entrySet().iterator();
		while ((this.pages.size() > MAX_ENTRIES || this.bytes > MAX_BYTES) && eldest.hasNext()) {
			this.bytes -= eldest.next().getValue().body().length;
			eldest.remove();
		}
	}

	private static boolean hasSession(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (cookie.getName().equals(SecurityConfiguration.SESSION_COOKIE)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean contains(byte[] body, String text) {
		return new String(body, StandardCharsets.UTF_8).contains(text);
	}

	private static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "W/\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
