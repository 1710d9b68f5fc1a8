package org.holdfast.crisis;

import org.holdfast.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

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
		this.mvc.perform(get("/exit").session(session))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("https://weather.example/forecast"))
			.andExpect(header().string("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\""))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(header().string("Referrer-Policy", "no-referrer"));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void exitWorksWithoutASession() throws Exception {
		this.mvc.perform(get("/exit")).andExpect(redirectedUrl("https://weather.example/forecast"));
	}

}
