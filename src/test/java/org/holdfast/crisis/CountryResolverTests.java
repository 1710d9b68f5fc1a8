package org.holdfast.crisis;

import java.time.Clock;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The visitor's choice beats the browser's language, which beats the international
 * fallback.
 */
class CountryResolverTests {

	private final CountryResolver resolver = new CountryResolver(
			CrisisDirectory.load(new ClassPathResource("crisis/crisis-lines.yml"), Clock.systemUTC()));

	@Test
	void cookieBeatsAcceptLanguage() {
		MockHttpServletRequest request = request("en-GB", "au");
		assertThat(this.resolver.resolve(request)).isEqualTo(visitor("AU", VisitorCountry.Reason.CHOSEN));
	}

	@Test
	void acceptLanguageRegionBeatsFallback() {
		assertThat(this.resolver.resolve(request("en-GB,en;q=0.9", null)))
			.isEqualTo(visitor("GB", VisitorCountry.Reason.LANGUAGE));
	}

	@Test
	void noCookieAndNoLanguageGivesTheFallback() {
		VisitorCountry visitor = this.resolver.resolve(request(null, null));
		assertThat(visitor.elsewhere()).isTrue();
		assertThat(visitor.reason()).isEqualTo(VisitorCountry.Reason.UNKNOWN);
	}

	@Test
	void chosenElsewhereBeatsAcceptLanguage() {
		VisitorCountry visitor = this.resolver.resolve(request("en-US", "elsewhere"));
		assertThat(visitor.elsewhere()).isTrue();
		assertThat(visitor.reason()).isEqualTo(VisitorCountry.Reason.CHOSEN);
	}

	@Test
	void unknownCookieValueIsIgnored() {
		assertThat(this.resolver.resolve(request("en-US", "<script>")))
			.isEqualTo(visitor("US", VisitorCountry.Reason.LANGUAGE));
	}

	@Test
	void regionOutsideTheDirectoryGivesTheFallbackNotAnotherCountry() {
		VisitorCountry visitor = this.resolver.resolve(request("is-IS,en-US;q=0.5", null));
		assertThat(visitor.elsewhere()).isTrue();
	}

	@Test
	void languageWithoutRegionIsSkippedForTheNextThatHasOne() {
		assertThat(CountryResolver.region("en,en-IE;q=0.8")).isEqualTo("IE");
	}

	@Test
	void mostPreferredRegionWinsWhateverTheOrderInTheHeader() {
		assertThat(CountryResolver.region("en-US;q=0.5,en-NZ")).isEqualTo("NZ");
	}

	@Test
	void malformedOrHugeHeadersCountAsNone() {
		assertThat(CountryResolver.region(";;;q=abc")).isNull();
		assertThat(CountryResolver.region("*")).isNull();
		assertThat(CountryResolver.region("en-GB,".repeat(200))).isNull();
	}

	@Test
	void rememberedChoiceIsALongLivedHttpOnlyLaxCookie() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.resolver.remember("GB", new MockHttpServletRequest(), response);
		assertThat(response.getHeader("Set-Cookie")).startsWith("hf_country=GB;")
			.contains("Path=/", "Max-Age=31536000", "HttpOnly", "SameSite=Lax")
			.doesNotContain("Secure");
	}

	@Test
	void rememberedChoiceIsSecureOverHttps() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setSecure(true);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.resolver.remember("GB", request, response);
		assertThat(response.getHeader("Set-Cookie")).contains("Secure");
	}

	@Test
	void forgettingTheChoiceExpiresTheCookie() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.resolver.remember(null, new MockHttpServletRequest(), response);
		assertThat(response.getHeader("Set-Cookie")).startsWith("hf_country=;").contains("Max-Age=0");
	}

	private static MockHttpServletRequest request(String acceptLanguage, String cookie) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		if (acceptLanguage != null) {
			request.addHeader("Accept-Language", acceptLanguage);
		}
		if (cookie != null) {
			request.setCookies(new Cookie(CountryResolver.COOKIE, cookie));
		}
		return request;
	}

	private VisitorCountry visitor(String code, VisitorCountry.Reason reason) {
		return new VisitorCountry(
				CrisisDirectory.load(new ClassPathResource("crisis/crisis-lines.yml"), Clock.systemUTC())
					.country(code)
					.orElseThrow(),
				reason);
	}

}
