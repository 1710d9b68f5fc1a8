package org.holdfast.system;

import org.holdfast.WebSliceTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@WebSliceTest(WelcomeController.class)
class WelcomeControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void homeSaysPlainlyThatHoldfastIsNotACrisisServiceAndLinksToHelp() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
		assertThat(page.selectFirst("h1").text()).isEqualTo("Holdfast");
		assertThat(page.selectFirst("main").text()).contains("Holdfast is not a crisis service");
		assertThat(page.selectFirst("main").select("a[href=/help]").text()).contains("Get help now");
	}

	@Test
	void footerDoesNotTellAVisitorFromAnUnknownCountryToCallANumberThatMayNotWork() throws Exception {
		Document unknown = Jsoup.parse(this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
		assertThat(unknown.selectFirst("footer").text())
			.contains("call your local emergency number (112 from most mobiles)");
		Document british = Jsoup.parse(this.mvc.perform(get("/").header("Accept-Language", "en-GB"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(british.selectFirst("footer").text()).contains("If you are in danger now, call 999.");
	}

	@Test
	void homeLinksOnlyToPagesThatExist() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
		assertThat(page.select("main a, header a").eachAttr("href"))
			.allMatch((href) -> href.equals("/") || href.equals("/help") || href.startsWith("/help#")
					|| href.startsWith("tel:") || href.equals("/account/sign-in") || href.equals("/articles")
					|| href.startsWith("/articles/") || href.equals("/paths") || href.equals("/toolbox")
					|| href.equals("/toolbox/urge-timer") || href.equals("/community"));
	}

}
