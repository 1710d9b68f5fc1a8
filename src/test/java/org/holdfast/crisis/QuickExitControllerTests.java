package org.holdfast.crisis;

import jakarta.servlet.http.Cookie;
import org.holdfast.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebSliceTest(QuickExitController.class)
@TestPropertySource(properties = "holdfast.crisis.exit-url=https://weather.example/forecast")
class QuickExitControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void exitEndsTheSessionClearsSiteDataAndGoesToTheNeutralPage() throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(get("/exit").session(session).header("Sec-Fetch-Dest", "document"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("https://weather.example/forecast"))
			.andExpect(header().string("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\""))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(header().string("Referrer-Policy", "no-referrer"));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void exitAlsoExpiresEveryCookieForBrowsersThatIgnoreClearSiteData() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/exit").cookie(new Cookie("hf_country", "GB"), new Cookie("hf_session", "abc"),
					new Cookie("hf_csrf", "x")))
			.andReturn();
		assertThat(result.getResponse().getHeaders("Set-Cookie")).anyMatch((c) -> c.startsWith("hf_country=;"))
			.anyMatch((c) -> c.startsWith("hf_session=;"))
			.anyMatch((c) -> c.startsWith("hf_csrf=;"))
			.allMatch((c) -> c.contains("Max-Age=0"));
	}

	@Test
	void anotherSiteEmbeddingTheExitCannotWipeTheVisitorsData() throws Exception {
		MockHttpSession session = new MockHttpSession();
		MvcResult result = this.mvc.perform(
				get("/exit").session(session).header("Sec-Fetch-Dest", "image").cookie(new Cookie("hf_country", "GB")))
			.andExpect(redirectedUrl("https://weather.example/forecast"))
			.andReturn();
		assertThat(result.getResponse().getHeader("Clear-Site-Data")).isNull();
		assertThat(result.getResponse().getHeaders("Set-Cookie")).noneMatch((c) -> c.startsWith("hf_country"));
		assertThat(session.isInvalid()).isFalse();
	}

	@Test
	void exitWorksWithoutASession() throws Exception {
		this.mvc.perform(get("/exit")).andExpect(redirectedUrl("https://weather.example/forecast"));
	}

}
