package org.holdfast.crisis;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * Decides which country's crisis lines a visitor sees: their own choice (a cookie set
 * from {@code /help}) wins, then the region of the browser's language, then the
 * international fallback. Never the IP address: that would need a third party and would
 * log location.
 */
public class CountryResolver {

	static final String COOKIE = "hf_country";

	/** The cookie value for a visitor who chose "somewhere else". */
	public static final String ELSEWHERE = "elsewhere";

	private static final Duration COOKIE_LIFETIME = Duration.ofDays(365);

	private final CrisisDirectory directory;

	CountryResolver(CrisisDirectory directory) {
		this.directory = directory;
	}

	VisitorCountry resolve(HttpServletRequest request) {
		String chosen = cookie(request);
		if (ELSEWHERE.equals(chosen)) {
			return new VisitorCountry(null, VisitorCountry.Reason.CHOSEN);
		}
		Optional<Country> country = this.directory.country(chosen);
		if (country.isPresent()) {
			return new VisitorCountry(country.get(), VisitorCountry.Reason.CHOSEN);
		}
		String region = region(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		if (region != null) {
			return this.directory.country(region)
				.map((c) -> new VisitorCountry(c, VisitorCountry.Reason.LANGUAGE))
				.orElseGet(() -> new VisitorCountry(null, VisitorCountry.Reason.UNKNOWN));
		}
		return new VisitorCountry(null, VisitorCountry.Reason.UNKNOWN);
	}

	/** The picker's value for "go by my browser's language settings". */
	public static final String AUTOMATIC = "auto";

	/**
	 * A visitor's choice from the country picker.
	 *
	 * @param code what to remember: a country code, {@link #ELSEWHERE}, or {@code null}
	 * to go by the browser again
	 */
	public record Choice(@Nullable String code) {
	}

	/**
	 * Reads a value from the country picker.
	 * @return the choice, or empty if the value is not one the picker offers
	 */
	public Optional<Choice> choice(@Nullable String value) {
		if (AUTOMATIC.equals(value)) {
			return Optional.of(new Choice(null));
		}
		if (ELSEWHERE.equals(value)) {
			return Optional.of(new Choice(ELSEWHERE));
		}
		return this.directory.country(value).map((country) -> new Choice(country.code()));
	}

	/**
	 * Remembers a choice: a country code, {@link #ELSEWHERE}, or {@code null} to forget.
	 */
	public void remember(@Nullable String choice, HttpServletRequest request, HttpServletResponse response) {
		ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(COOKIE, (choice != null) ? choice : "")
			.path("/")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge((choice != null) ? COOKIE_LIFETIME : Duration.ZERO);
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.build().toString());
	}

	private static @Nullable String cookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return cookie.getValue();
			}
		}
		return null;
	}

	/**
	 * The region of the most preferred language range that names one, for example
	 * {@code GB} from {@code en-GB,en;q=0.8}. Ranges without a region are skipped; a
	 * malformed header counts as none.
	 */
	static @Nullable String region(@Nullable String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
			return null;
		}
		List<Locale.LanguageRange> ranges;
		try {
			ranges = Locale.LanguageRange.parse(acceptLanguage);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		for (Locale.LanguageRange range : ranges) {
			if (range.getWeight() <= 0 || range.getRange().contains("*")) {
				continue;
			}
			String country = Locale.forLanguageTag(range.getRange()).getCountry();
			if (!country.isEmpty()) {
				return country.toUpperCase(Locale.ROOT);
			}
		}
		return null;
	}

}
