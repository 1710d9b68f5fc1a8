package org.holdfast.crisis;

import java.net.URI;
import java.time.Clock;

import jakarta.servlet.http.Cookie;
import org.holdfast.WebSliceTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebSliceTest(HelpController.class)
class HelpControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void helpShowsEmergencyNumberLinesWithHoursAndWhenToGetMedicalCare() throws Exception {
		Document page = page(get("/help").header("Accept-Language", "en-GB"));
		assertThat(page.selectFirst("h1").text()).isEqualTo("Get help now: United Kingdom");
		Element danger = page.selectFirst("section[aria-labelledby=danger-title]");
		assertThat(danger.select("a[href=tel:999]")).isNotEmpty();
		assertThat(page.select("article.line h3").eachText()).containsExactly("Samaritans", "Shout", "Childline",
				"NHS 111, mental health option (England)", "NHS 111 Wales, mental health option",
				"NHS 24 on 111, Mental Health Hub (Scotland)", "Breathing Space", "Lifeline (Northern Ireland)");
		Element samaritans = page.getElementById("gb-samaritans");
		assertThat(samaritans.select("a[href=tel:116123]").text()).isEqualTo("Call 116 123");
		assertThat(samaritans.select(".line__facts").text()).contains("24 hours, every day");
		assertThat(samaritans.select(".line__verified").text()).contains("3 December 2026");
		assertThat(samaritans.select(".line__verified a").eachAttr("href"))
			.contains("https://www.samaritans.org/how-we-can-help/contact-samaritan/");
		assertThat(page.getElementById("gb-shout").select("a[href^=sms:]").attr("href"))
			.isEqualTo("sms:85258?&body=SHOUT");
		assertThat(page.selectFirst("section[aria-labelledby=wound-title]").text()).contains("won’t stop",
				"palm of your hand", "infected");
		assertThat(page.selectFirst("section[aria-labelledby=exit-title]").text()).contains("Shift key three times");
		assertThat(page.select("a[href=https://findahelpline.com]")).isNotEmpty();
	}

	@Test
	void everyCountryInTheDirectoryHasItsLinesEmergencyNumberSourcesAndBanner() throws Exception {
		CrisisDirectory directory = CrisisDirectory.load(new ClassPathResource("crisis/crisis-lines.yml"),
				Clock.systemUTC());
		for (Country country : directory.countries()) {
			Document page = page(
					get("/help/" + country.slug()).cookie(new Cookie(CountryResolver.COOKIE, country.code())));
			String emergency = country.emergency().get(0).number().telHref();
			assertThat(page.select("section[aria-labelledby=danger-title] a[href=" + emergency + "]"))
				.as("%s emergency number", country.code())
				.isNotEmpty();
			for (CrisisLine line : country.lines()) {
				Element entry = page.getElementById(line.id());
				assertThat(entry).as("%s is on /help/%s", line.id(), country.slug()).isNotNull();
				for (PhoneNumber call : line.calls()) {
					assertThat(entry.select("a[href=" + call.telHref() + "]")).as("%s call link", line.id())
						.isNotEmpty();
				}
				if (line.text() != null) {
					assertThat(entry.select("a[href^=sms:]").attr("href")).isEqualTo(line.text().smsHref());
				}
				assertThat(entry.select(".line__verified a").eachAttr("href")).as("%s sources", line.id())
					.containsExactlyElementsOf(line.sources().stream().map(URI::toASCIIString).toList());
			}
			assertThat(page.select("section.safety a[href=" + country.primaryCallLine().call().telHref() + "]"))
				.as("the banner's call link for %s", country.code())
				.isNotEmpty();
		}
	}

	@Test
	void firstAidSaysCallNowForHeavyBleedingAndAgreesWithTheWoundArticle() throws Exception {
		Document page = page(get("/help").header("Accept-Language", "en-GB"));
		String wound = page.selectFirst("section[aria-labelledby=wound-title]").text();
		assertThat(wound).contains("Call 999 now if", "heavy or spurting", "Don’t wait",
				"swallowed something harmful or taken too much of a medicine",
				"emergency department (A&E, ER) the same day", "numbness, tingling or weakness",
				"Stitches work best within a few hours", "something is stuck in the wound", "white, leathery, charred",
				"chemical or electricity", "face, hands, feet or genitals", "family doctor (GP)",
				"Call 999 if the redness spreads fast");
	}

	@Test
	void helpForAnUnknownVisitorOffersTheFallbackAndAskedForTheirCountry() throws Exception {
		Document page = page(get("/help"));
		assertThat(page.selectFirst("h1").text()).isEqualTo("Get help now");
		assertThat(page.selectFirst(".lead").text()).contains("We don’t know which country");
		assertThat(page.select("article.line h3").eachText()).containsExactly("Find A Helpline");
		assertThat(page.selectFirst("section[aria-labelledby=danger-title]").select("a[href=tel:112]")).isNotEmpty();
		assertThat(page.select("#country-select option")).extracting(Element::val)
			.contains("auto", "gb", "us", "elsewhere");
	}

	@Test
	void externalLinksNeverSendTheReferrerOrOpenerToTheOtherSite() throws Exception {
		Document page = page(get("/help/us"));
		assertThat(page.select("a[href^=http]")).isNotEmpty()
			.allSatisfy((link) -> assertThat(link.attr("rel")).contains("noopener", "noreferrer"));
	}

	@Test
	void oneCountryCanBeViewedWithoutChangingTheVisitorsOwn() throws Exception {
		Document page = page(get("/help/au").header("Accept-Language", "en-GB"));
		assertThat(page.selectFirst("h1").text()).isEqualTo("Get help now: Australia");
		assertThat(page.getElementById("au-lifeline").select("a[href=tel:131114]")).isNotEmpty();
		assertThat(page.selectFirst(".lead").text()).contains("still shows the lines for your own country");
		assertThat(page.selectFirst("section.safety").select("a[href=tel:116123]")).isNotEmpty();
	}

	@Test
	void visitorWithoutACountryViewingOneIsToldTheBannerStillShowsTheFallback() throws Exception {
		Document page = page(get("/help/au"));
		assertThat(page.selectFirst(".lead").text()).contains("outside the listed countries")
			.doesNotContain("your own country");
		assertThat(page.selectFirst("section.safety").select("a[href=tel:112]")).isNotEmpty();
		assertThat(page.selectFirst("#country-select option[selected]").val()).isEqualTo("au");
	}

	@Test
	void countryGuessedFromTheBrowserIsNotPreselectedSoSavingDoesNotPinIt() throws Exception {
		Document page = page(get("/help").header("Accept-Language", "en-GB"));
		assertThat(page.selectFirst("#country-select option[selected]").val()).isEqualTo("auto");
	}

	@Test
	void bannerShowsTheEmergencyNumbersNoteAndFlagsAnUnconfirmedLine() throws Exception {
		Document page = page(get("/help").cookie(new Cookie(CountryResolver.COOKIE, "ZA")));
		Element banner = page.selectFirst("section.safety");
		assertThat(banner.select("a[href=tel:112]").text()).isEqualTo("In danger now? Call 112 (from a mobile)");
		assertThat(banner.select("a[href=tel:0800567567]").text()).contains("details not yet confirmed");
		assertThat(page.selectFirst("section[aria-labelledby=danger-title] a.button").text())
			.isEqualTo("Call 112 (from a mobile)");
	}

	@Test
	void lineThatCouldNotBeFullyConfirmedSaysSo() throws Exception {
		Document page = page(get("/help/za"));
		assertThat(page.getElementById("za-sadag").selectFirst(".line__unconfirmed").text())
			.contains("Please check them on the provider’s website");
	}

	@Test
	void unknownCountryIsNotFound() throws Exception {
		this.mvc.perform(get("/help/xx")).andExpect(status().isNotFound());
	}

	@Test
	void choosingACountryRemembersItInACookieAndReturnsToHelp() throws Exception {
		this.mvc.perform(post("/help/country").param("country", "nz").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/help?saved"))
			.andExpect(cookie().value(CountryResolver.COOKIE, "NZ"))
			.andExpect(cookie().httpOnly(CountryResolver.COOKIE, true));
	}

	@Test
	void chosenCountryIsConfirmedAndUsedOnTheNextPage() throws Exception {
		Document page = page(get("/help").param("saved", "").cookie(new Cookie(CountryResolver.COOKIE, "NZ")));
		assertThat(page.selectFirst(".notice").text()).contains("New Zealand");
		assertThat(page.selectFirst("section.safety").select("a[href=tel:1737]")).isNotEmpty();
		assertThat(page.selectFirst("#country-select option[selected]").val()).isEqualTo("nz");
	}

	@Test
	void choosingElsewhereAndAutomaticAreRemembered() throws Exception {
		this.mvc.perform(post("/help/country").param("country", "elsewhere").with(csrf()))
			.andExpect(cookie().value(CountryResolver.COOKIE, "elsewhere"));
		this.mvc.perform(post("/help/country").param("country", "auto").with(csrf()))
			.andExpect(cookie().maxAge(CountryResolver.COOKIE, 0));
	}

	@Test
	void choosingAnUnknownCountryGivesTheFormBackWithAClearError() throws Exception {
		MvcResult result = this.mvc.perform(post("/help/country").param("country", "atlantis").with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.selectFirst(".error-summary a[href=#country-select]").text())
			.isEqualTo("Choose a country from the list");
		assertThat(page.selectFirst("#country-select").attr("aria-describedby")).contains("country-select-error");
		assertThat(page.selectFirst("#country-select").attr("aria-invalid")).isEqualTo("true");
		assertThat(result.getResponse().getHeaders("Set-Cookie"))
			.noneMatch((c) -> c.startsWith(CountryResolver.COOKIE));
	}

	@Test
	void missingOrHugeChoiceGivesTheFormBack() throws Exception {
		this.mvc.perform(post("/help/country").with(csrf())).andExpect(status().isBadRequest());
		this.mvc.perform(post("/help/country").param("country", "x".repeat(10_000)).with(csrf()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void choosingACountryNeedsACsrfToken() throws Exception {
		this.mvc.perform(post("/help/country").param("country", "gb")).andExpect(status().isForbidden());
	}

	@Test
	void strictTransportSecurityIsSentOverHttps() throws Exception {
		String hsts = this.mvc.perform(get("/help").secure(true))
			.andReturn()
			.getResponse()
			.getHeader("Strict-Transport-Security");
		assertThat(hsts).isEqualTo("max-age=31536000 ; includeSubDomains");
	}

	private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
