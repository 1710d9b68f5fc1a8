package org.holdfast.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.holdfast.IntegrationTest;
import org.holdfast.LiveMarkup;
import org.holdfast.WebSession;
import org.holdfast.WebSession.Page;
import org.holdfast.account.Accounts;
import org.holdfast.markdown.MarkdownTests;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything a person writes in the toolbox is shown as text: the stored-XSS payloads go
 * through their own ideas, journal entries and safety plans (saved and, for visitors,
 * only printed), on the saved pages and on the forms that come back with errors.
 */
@IntegrationTest
class ToolboxXssTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void payloadsInEveryToolboxFieldAreShownAsTextOnEveryPage() {
		Accounts.Created member = new Accounts(this.context).create("xss");
		WebSession browser = new WebSession(this.port);
		Accounts.signIn(browser, member.username(), Accounts.PASSWORD);
		String today = JournalTests.today().toString();
		for (String payload : MarkdownTests.XSS) {
			Page own = browser.submit(browser.get("/me/activities"), "main form[action=/me/activities]",
					Map.of("title", payload, "note", payload));
			assertNoLiveMarkup(own.document(), "own idea " + payload);
			Page entry = browser.submit(browser.get("/me/journal/new"), "main form[action=/me/journal/new]",
					Map.of("day", today, "mood", "3", "situation", payload, "note", payload));
			assertNoLiveMarkup(entry.document(), "journal entry " + payload);
			Page refused = browser.submit(browser.get("/me/journal/new"), "main form[action=/me/journal/new]",
					Map.of("day", payload, "mood", payload, "urge", payload, "situation", payload, "note", payload,
							"helped", payload));
			assertThat(refused.status()).isEqualTo(400);
			assertNoLiveMarkup(refused.document(), "journal entry refused " + payload);
		}
		List<String> sections = List.of("warningSigns", "coping", "distractions", "people", "professionals",
				"surroundings", "reasons");
		List<StringBuilder> texts = new ArrayList<>();
		sections.forEach((s) -> texts.add(new StringBuilder()));
		for (int i = 0; i < MarkdownTests.XSS.size(); i++) {
			texts.get(i % sections.size()).append(MarkdownTests.XSS.get(i)).append('\n');
		}
		Map<String, String> plan = new java.util.LinkedHashMap<>();
		for (int i = 0; i < sections.size(); i++) {
			plan.put(sections.get(i), texts.get(i).toString());
		}
		Page saved = browser.submit(browser.get("/me/safety-plan/edit"), "main form", plan);
		assertThat(saved.path()).isEqualTo("/me/safety-plan");
		WebSession visitor = new WebSession(this.port);
		Page printed = visitor.submit(visitor.get("/toolbox/safety-plan"), "main form", plan);
		assertThat(printed.status()).isEqualTo(200);

		for (String path : List.of("/me/activities", "/toolbox/activities", "/me/journal", "/me/journal?days=7",
				"/me/safety-plan", "/me/safety-plan/edit", "/me/journal/new")) {
			Document page = browser.get(path).document();
			assertNoLiveMarkup(page, path);
			assertThat(page.text()).as(path).contains("<script>alert(1)</script>");
		}
		for (int i = 0; i < 20; i++) {
			// one of their own ideas (or a favourite) at random: each payload in turn
			assertNoLiveMarkup(browser.get("/toolbox/right-now?kind=mine").document(), "something of my own");
		}
		assertNoLiveMarkup(printed.document(), "a visitor's printed plan");
		assertThat(printed.document().select(".plan").text()).contains("<script>alert(1)</script>");
		assertNoLiveMarkup(visitor.submit(printed, "main form[action=/toolbox/safety-plan]", Map.of()).document(),
				"a visitor's plan back in the form");
	}

	static void assertNoLiveMarkup(Document page, String as) {
		LiveMarkup.assertNone(page, as);
	}

}
