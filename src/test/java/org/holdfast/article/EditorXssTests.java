package org.holdfast.article;

import java.util.Map;

import org.holdfast.markdown.MarkdownTests;
import org.holdfast.IntegrationTest;
import org.holdfast.LiveMarkup;
import org.holdfast.WebSession;
import org.holdfast.WebSession.Page;
import org.holdfast.account.Accounts;
import org.holdfast.account.Role;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored XSS through every field an editor fills in: each payload of the corpus goes into
 * the title, summary, content warning, text, address and review date of an article, the
 * notes of sending back and archiving, and a contributor's name, credentials and bio.
 * Every page that shows them, to editors and to the public, must carry no live markup.
 */
@IntegrationTest
class EditorXssTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	WebSession writing;

	WebSession reviewing;

	@BeforeEach
	void signInTwoEditors() {
		Accounts accounts = new Accounts(this.context);
		this.writing = new WebSession(this.port);
		this.reviewing = new WebSession(this.port);
		Accounts.signInAsStaff(this.writing, accounts.create("xsswriter", Role.EDITOR).username(), null);
		Accounts.signInAsStaff(this.reviewing, accounts.create("xssreviewer", Role.EDITOR).username(), null);
	}

	@Test
	void noPayloadInAnyEditorFieldBecomesLiveMarkup() {
		assertThat(MarkdownTests.XSS).hasSizeGreaterThanOrEqualTo(50);
		int n = 0;
		for (String payload : MarkdownTests.XSS) {
			String slug = EditorialWorkflowTests.unique("xss" + n++);
			String as = "payload " + payload;
			Page form = this.writing.get("/editor/articles/new");
			Page badFields = this.writing.submit(form, "main form.editor__form", Map.of("title", payload, "slug",
					payload, "reviewedOn", payload, "summary", payload, "markdown", payload, "action", "save"));
			assertThat(badFields.status()).as(as).isEqualTo(400);
			assertNoLiveMarkup(badFields.document(), as + " (form back with errors)");

			Page saved = this.writing.submit(form, "main form.editor__form",
					Map.of("title", oneLine(payload, 200), "slug", slug, "summary", oneLine(payload, 300),
							"contentWarning", oneLine(payload, 300), "markdown", payload, "action", "submit"));
			assertThat(saved.status()).as(as + ": " + saved.errors()).isEqualTo(200);
			assertNoLiveMarkup(saved.document(), as + " (editor)");
			long id = EditorialWorkflowTests.id(saved);
			Page review = this.reviewing.get("/editor/articles/" + id + "/review");
			assertNoLiveMarkup(review.document(), as + " (review)");
			Page sentBack = this.reviewing.submit(review, "main form[action$=/send-back]", Map.of("note", payload));
			assertNoLiveMarkup(sentBack.document(), as + " (sent back)");
			Page resubmitted = this.writing.submit(this.writing.get("/editor/articles/" + id), "main form.editor__form",
					Map.of("markdown", payload + "\n\nAgain.", "action", "submit"));
			assertThat(resubmitted.status()).as(as).isEqualTo(200);
			Page approved = this.reviewing.submit(this.reviewing.get("/editor/articles/" + id + "/review"),
					"main form[action$=/approve]", Map.of());
			assertThat(approved.document().selectFirst(".notice").text()).as(as).contains("published");

			WebSession visitor = new WebSession(this.port);
			assertNoLiveMarkup(visitor.get("/articles/" + slug).document(), as + " (public article)");
			assertNoLiveMarkup(visitor.get("/articles").document(), as + " (library)");
			assertNoLiveMarkup(this.writing.get("/editor").document(), as + " (editor list)");
			assertNoLiveMarkup(this.writing.get("/editor/articles/" + id + "/revisions/2").document(), as + " (diff)");
			Page archived = this.writing.submit(this.writing.get("/editor/articles/" + id),
					"main form[action$=/archive]", Map.of("note", payload));
			assertNoLiveMarkup(archived.document(), as + " (archived)");
			assertNoLiveMarkup(this.writing.get("/editor/articles/" + id + "/history").document(), as + " (history)");
		}
	}

	@Test
	void noPayloadInAContributorOrTopicBecomesLiveMarkup() {
		int n = 0;
		for (String payload : MarkdownTests.XSS) {
			String slug = EditorialWorkflowTests.unique("xsscontributor" + n++);
			String as = "payload " + payload;
			Page form = this.writing.get("/editor/contributors/new");
			Page bad = this.writing.submit(form, "main form", Map.of("slug", payload, "name", payload));
			assertThat(bad.status()).as(as).isEqualTo(400);
			assertNoLiveMarkup(bad.document(), as + " (form back)");
			Page saved = this.writing.submit(form, "main form", Map.of("slug", slug, "name", oneLine(payload, 100),
					"credentials", oneLine(payload, 300), "bio", payload));
			assertThat(saved.status()).as(as + ": " + saved.errors()).isEqualTo(200);
			assertNoLiveMarkup(saved.document(), as + " (contributors)");
			assertNoLiveMarkup(new WebSession(this.port).get("/contributors/" + slug).document(),
					as + " (public page)");
			assertNoLiveMarkup(this.writing.get("/editor/contributors/" + slug).document(), as + " (edit form)");

			String topic = EditorialWorkflowTests.unique("xsstopic" + n);
			Page badTopic = this.writing.submit(this.writing.get("/editor/topics/new"), "main form",
					Map.of("slug", payload, "name", payload, "description", payload));
			assertNoLiveMarkup(badTopic.document(), as + " (topic form back)");
			Page savedTopic = this.writing.submit(badTopic, "main form",
					Map.of("slug", topic, "name", oneLine(payload, 80), "description", oneLine(payload, 300)));
			assertThat(savedTopic.status()).as(as + ": " + savedTopic.errors()).isEqualTo(200);
			assertNoLiveMarkup(savedTopic.document(), as + " (topics)");
			assertNoLiveMarkup(new WebSession(this.port).get("/topics/" + topic).document(), as + " (topic page)");
			assertNoLiveMarkup(this.writing.get("/editor/articles/new").document(), as + " (topic in the editor)");
		}
	}

	/**
	 * The payload as a one-line field takes it: control characters and breaks as spaces.
	 */
	static String oneLine(String payload, int max) {
		String line = payload.replaceAll("\\p{Cntrl}", " ").strip();
		return line.substring(0, Math.min(line.length(), max));
	}

	/**
	 * A whole page carries only Holdfast's own markup ({@link LiveMarkup#assertNone}),
	 * with no SVG at all (an article has no chart), and links that leave the site are
	 * marked so.
	 */
	static void assertNoLiveMarkup(Document page, String as) {
		LiveMarkup.assertNone(page, as);
		assertThat(page.select("svg")).as(as).isEmpty();
		for (Element link : page.select("main a[href^=http], main a[href^=//]")) {
			assertThat(link.attr("rel")).as(as).contains("nofollow", "noopener", "noreferrer");
		}
	}

}
