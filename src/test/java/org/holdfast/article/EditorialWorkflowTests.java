package org.holdfast.article;

import java.util.List;
import java.util.Map;

import org.holdfast.IntegrationTest;
import org.holdfast.WebSession;
import org.holdfast.WebSession.Page;
import org.holdfast.account.Accounts;
import org.holdfast.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editorial workflow end to end: one editor writes, a second approves, and only then
 * does the article appear; renames, revisions, diffs, restore, archive, concurrent edits
 * and bad input.
 */
@IntegrationTest
class EditorialWorkflowTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	Accounts.Created writer;

	Accounts.Created reviewer;

	WebSession writing;

	WebSession reviewing;

	@BeforeEach
	void signInTwoEditors() {
		Accounts accounts = new Accounts(this.context);
		this.writer = accounts.create("writer", Role.EDITOR);
		this.reviewer = accounts.create("reviewer", Role.EDITOR);
		this.writing = new WebSession(this.port);
		this.reviewing = new WebSession(this.port);
		Accounts.signInAsStaff(this.writing, this.writer.username(), null);
		Accounts.signInAsStaff(this.reviewing, this.reviewer.username(), null);
	}

	static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36);
	}

	/** Writes a new article through the form and returns the page it lands on. */
	Page write(WebSession editor, String slug, String markdown, String action) {
		Page form = editor.get("/editor/articles/new");
		return editor.submit(form, "main form.editor__form", Map.of("title", "Notes on " + slug, "slug", slug,
				"summary", "A summary for " + slug, "markdown", markdown, "action", action));
	}

	static long id(Page page) {
		return Long.parseLong(page.path().replaceAll("^/editor/articles/(\\d+).*$", "$1"));
	}

	@Test
	void anArticleAppearsOnlyAfterASecondEditorApprovesIt() {
		String slug = unique("lantern");
		Page saved = write(this.writing, slug, "## Waiting\n\nThe word zephyrlantern is in this text.\n", "submit");
		assertThat(saved.status()).as(saved.errors()).isEqualTo(200);
		assertThat(saved.document().selectFirst(".notice").text()).contains("sent for review");
		long id = id(saved);
		WebSession visitor = new WebSession(this.port);
		assertThat(visitor.get("/articles/" + slug).status()).isEqualTo(404);

		Page ownReview = this.writing.get("/editor/articles/" + id + "/review");
		assertThat(ownReview.document().select("form[action$=/approve]")).isEmpty();
		assertThat(ownReview.document().text()).contains("You wrote some of these changes");
		Page refused = this.writing.post("/editor/articles/" + id + "/approve", Map.of("revision", "1"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(visitor.get("/articles/" + slug).status()).isEqualTo(404);

		assertThat(this.reviewing.get("/editor").document().select(".editor__waiting a").eachText())
			.anyMatch((text) -> text.contains("Notes on " + slug));
		Page review = this.reviewing.get("/editor/articles/" + id + "/review");
		assertThat(review.document().select(".diff-line--added").text()).contains("zephyrlantern");
		assertThat(review.document().select(".editor__preview h2#waiting")).hasSize(1);
		Page approved = this.reviewing.submit(review, "main form[action$=/approve]", Map.of());
		assertThat(approved.document().selectFirst(".notice").text()).contains("published");

		Page live = visitor.get("/articles/" + slug);
		assertThat(live.status()).isEqualTo(200);
		assertThat(live.document().selectFirst("h1").text()).isEqualTo("Notes on " + slug);
		assertThat(visitor.get("/articles?q=zephyrlantern").document().select(".results h2, .results h3").text())
			.contains("Notes on " + slug);
		assertThat(visitor.get("/articles").document().text()).contains("Notes on " + slug);
	}

	@Test
	void aChangeToAPublishedArticleWaitsForReviewAndARenameKeepsTheOldAddress() {
		String slug = unique("harbour");
		long id = publish(slug, "First words.\n");
		Page edit = this.writing.get("/editor/articles/" + id);
		String renamed = slug + "-renamed";
		Page submitted = this.writing.submit(edit, "main form.editor__form",
				Map.of("slug", renamed, "markdown", "First words.\n\nSecond thoughts.\n", "action", "submit"));
		assertThat(submitted.document().select(".summary-list").text())
			.contains("Published, with changes waiting for review");
		WebSession visitor = new WebSession(this.port);
		assertThat(visitor.get("/articles/" + slug).document().text()).doesNotContain("Second thoughts");

		this.reviewing.submit(this.reviewing.get("/editor/articles/" + id + "/review"), "main form[action$=/approve]",
				Map.of());
		Page moved = visitor.get("/articles/" + slug);
		assertThat(moved.redirects()).isNotEmpty();
		assertThat(moved.path()).isEqualTo("/articles/" + renamed);
		assertThat(moved.document().text()).contains("Second thoughts");

		Page history = this.writing.get("/editor/articles/" + id + "/history");
		assertThat(history.document().select("tbody tr")).hasSize(2);
		assertThat(history.document().select(".audit-list").text()).contains(
				this.writer.username() + " saved revision 2.", this.writer.username() + " sent revision 2 for review.",
				this.reviewer.username() + " approved and published revision 2.");
		Page diff = this.writing.get("/editor/articles/" + id + "/revisions/2");
		assertThat(diff.document().select(".diff-line--added ins").eachText()).contains("Second thoughts.", renamed);
		assertThat(diff.document().select(".diff-line--removed del").eachText()).contains(slug);
	}

	@Test
	void restoringAnOldRevisionMakesANewDraftAndLeavesTheSiteAlone() {
		String slug = unique("meadow");
		long id = publish(slug, "Version one.\n");
		Page edit = this.writing.get("/editor/articles/" + id);
		this.writing.submit(edit, "main form.editor__form", Map.of("markdown", "Version two.\n", "action", "save"));
		Page old = this.writing.get("/editor/articles/" + id + "/revisions/1");
		Page restored = this.writing.submit(old, "main form[action$=/restore]", Map.of());
		assertThat(restored.document().selectFirst(".notice").text()).contains("saved again as the newest");
		assertThat(restored.document().selectFirst("textarea#markdown").wholeText()).contains("Version one.");
		assertThat(restored.document().select(".summary-list").text()).contains("Newest: revision 3",
				"On the site: revision 1");
		assertThat(this.jdbc.queryForObject("select count(*) from revision where kind = 'article' and subject_id = ?",
				Integer.class, id))
			.isEqualTo(3);
	}

	@Test
	void twoEditorsSavingAtOnceLoseNothing() {
		String slug = unique("tandem");
		Page created = write(this.writing, slug, "Start.\n", "save");
		long id = id(created);
		Page mine = this.writing.get("/editor/articles/" + id);
		Page theirs = this.reviewing.get("/editor/articles/" + id);
		this.reviewing.submit(theirs, "main form.editor__form", Map.of("markdown", "Their words.\n"));
		Page clash = this.writing.submit(mine, "main form.editor__form", Map.of("markdown", "My words.\n"));
		assertThat(clash.status()).isEqualTo(400);
		assertThat(clash.document().select(".notice--warning").text()).contains("Someone saved revision 2");
		assertThat(clash.document().selectFirst("textarea#markdown").wholeText()).contains("My words.");
		Page again = this.writing.submit(clash, "main form.editor__form", Map.of());
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.document().selectFirst("textarea#markdown").wholeText()).contains("My words.");
		assertThat(again.document().select(".summary-list").text()).contains("Newest: revision 3");
	}

	@Test
	void archivingTakesAnArticleOffTheSiteAndBringingItBackNeedsReview() {
		String slug = unique("archive");
		long id = publish(slug, "The word quillarchive is here.\n");
		Page edit = this.reviewing.get("/editor/articles/" + id);
		Page noNote = this.reviewing.submit(edit, "main form[action$=/archive]", Map.of("note", " "));
		assertThat(noNote.status()).isEqualTo(400);
		assertThat(noNote.document().text()).contains("Write a note saying why");
		Page archived = this.reviewing.submit(noNote, "main form[action$=/archive]",
				Map.of("note", "Out of date advice"));
		assertThat(archived.document().select(".summary-list").text()).contains("Archived");
		WebSession visitor = new WebSession(this.port);
		assertThat(visitor.get("/articles/" + slug).status()).isEqualTo(404);
		assertThat(visitor.get("/articles?q=quillarchive").document().select(".results li")).isEmpty();

		Page back = this.reviewing.submit(archived, "main form[action$=/unarchive]", Map.of());
		assertThat(back.document().select(".summary-list").text()).contains("Draft");
		assertThat(visitor.get("/articles/" + slug).status()).isEqualTo(404);
		assertThat(this.reviewing.get("/editor/articles/" + id + "/history").document().text())
			.contains("Note: Out of date advice");
	}

	@Test
	void safeMessagingHintsAppearBesideTheTextAndNothingIsChanged() {
		String slug = unique("hints");
		String text = "He committed suicide last year.\n\nThere was blood on the floor.\n";
		Page preview = write(this.writing, slug, text, "preview");
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.document().select("#markdown-hints li").eachText()).anyMatch(
				(hint) -> hint.contains("“committed suicide”") && hint.contains("line 1") && hint.contains("died by"))
			.anyMatch((hint) -> hint.contains("“blood”") && hint.contains("line 3"));
		assertThat(preview.document().select("#contentWarning-hints").text()).contains("no content warning");
		assertThat(preview.document().selectFirst("textarea#markdown").wholeText()).isEqualTo(text);
		assertThat(preview.document().select(".editor__preview .prose").text()).contains("committed suicide");
		assertThat(this.jdbc.queryForObject("select count(*) from article where slug = ?", Integer.class, slug))
			.as("a preview saves nothing")
			.isZero();

		Page withWarning = this.writing.submit(preview, "main form.editor__form",
				Map.of("contentWarning", "Mentions a death", "action", "preview"));
		assertThat(withWarning.document().select("#contentWarning-hints")).isEmpty();
		assertThat(withWarning.document().select("#markdown-hints li")).hasSize(2);
	}

	@Test
	void badInputComesBackWithMessagesAndTheTextKept() {
		String text = "Some careful words.\n\nOver two paragraphs.\n";
		Page form = this.writing.get("/editor/articles/new");
		Page bad = this.writing.submit(form, "main form.editor__form",
				Map.of("title", " ", "slug", "Not A Slug!", "summary", "x".repeat(301), "reviewedOn", "2999-01-01",
						"markdown", text, "audience", "EVERYONE", "basedOn", "nonsense"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.document().title()).startsWith("Error: ");
		assertThat(bad.errors()).contains("Enter a title", "lower-case letters", "300 characters or fewer",
				"can’t be in the future", "Choose one of the sections");
		assertThat(bad.document().selectFirst("textarea#markdown").wholeText()).isEqualTo(text);

		List<Map.Entry<String, String>> unknownTopic = List.of(Map.entry("_csrf", csrf(form)),
				Map.entry("title", "A title"), Map.entry("summary", "A summary"), Map.entry("markdown", text),
				Map.entry("topics", "no-such-topic"), Map.entry("contributors", "holdfast-editorial-team"));
		Page topic = this.writing.send("/editor/articles/new", unknownTopic);
		assertThat(topic.status()).isEqualTo(400);
		assertThat(topic.errors()).contains("Choose topics from the list");

		String taken = unique("taken");
		publish(taken, "Words.\n");
		Page clash = write(this.writing, taken, text, "save");
		assertThat(clash.status()).isEqualTo(400);
		assertThat(clash.errors()).contains("Another article already uses this address");
	}

	@Test
	void aSecondEditorWhoChangedTheTextCannotApproveItEither() {
		String slug = unique("coauthor");
		Page created = write(this.writing, slug, "Draft.\n", "save");
		long id = id(created);
		Page theirs = this.reviewing.get("/editor/articles/" + id);
		this.reviewing.submit(theirs, "main form.editor__form", Map.of("markdown", "Draft, improved.\n"));
		this.writing.submit(this.writing.get("/editor/articles/" + id), "main form.editor__form",
				Map.of("action", "submit"));
		assertThat(this.reviewing.post("/editor/articles/" + id + "/approve", Map.of("revision", "2")).status())
			.isEqualTo(409);
		assertThat(this.writing.post("/editor/articles/" + id + "/approve", Map.of("revision", "2")).status())
			.isEqualTo(409);
		Accounts.Created third = new Accounts(this.context).create("third", Role.EDITOR);
		WebSession thirdEditor = new WebSession(this.port);
		Accounts.signInAsStaff(thirdEditor, third.username(), null);
		Page stale = thirdEditor.post("/editor/articles/" + id + "/approve", Map.of("revision", "1"));
		assertThat(stale.status()).as("approving a revision other than the one under review").isEqualTo(409);
		Page approved = thirdEditor.post("/editor/articles/" + id + "/approve", Map.of("revision", "2"));
		assertThat(approved.document().selectFirst(".notice").text()).contains("published");
	}

	@Test
	void anEditorWhoDeletesTheirAccountLeavesTheirRevisionsWithoutTheirName() {
		Accounts.Created leaving = new Accounts(this.context).create("leaving", Role.EDITOR);
		WebSession browser = new WebSession(this.port);
		Accounts.signInAsStaff(browser, leaving.username(), null);
		String slug = unique("legacy");
		long id = id(write(browser, slug, "Words that stay.\n", "submit"));
		Page deleted = browser.submit(browser.get("/account/delete"), "main form",
				Map.of("current", Accounts.PASSWORD, "confirm", "true"));
		assertThat(deleted.path()).isEqualTo("/account/deleted");

		assertThat(this.jdbc.queryForObject(
				"select count(*) from revision where kind = 'article' and subject_id = ? and author_id is null",
				Integer.class, id))
			.isEqualTo(1);
		Page history = this.reviewing.get("/editor/articles/" + id + "/history");
		assertThat(history.document().select("tbody td").eachText()).contains("A former editor");
		assertThat(history.document().text()).doesNotContain(leaving.username())
			.contains("A former editor sent revision 1 for review.");
		Page approved = this.reviewing.submit(this.reviewing.get("/editor/articles/" + id + "/review"),
				"main form[action$=/approve]", Map.of());
		assertThat(approved.document().selectFirst(".notice").text()).contains("published");
	}

	@Test
	void editorsAddAndRenameTopicsAndContributorsAndTheLibraryShowsThem() {
		String topic = unique("topic");
		Page badTopic = this.writing.submit(this.writing.get("/editor/topics/new"), "main form",
				Map.of("slug", topic, "name", " "));
		assertThat(badTopic.status()).isEqualTo(400);
		assertThat(badTopic.errors()).contains("Enter a name", "Enter a description");
		this.writing.submit(badTopic, "main form",
				Map.of("slug", topic, "name", "Sleep and rest", "description", "Getting through the night."));
		WebSession visitor = new WebSession(this.port);
		assertThat(visitor.get("/topics/" + topic).document().selectFirst("h1").text()).isEqualTo("Sleep and rest");
		Page renamed = this.writing.submit(this.writing.get("/editor/topics/" + topic), "main form",
				Map.of("name", "Sleep, rest and nights"));
		assertThat(renamed.document().selectFirst(".notice").text()).contains("saved");
		assertThat(visitor.get("/topics/" + topic).document().selectFirst("h1").text())
			.isEqualTo("Sleep, rest and nights");
		assertThat(this.writing.get("/editor/articles/new").document().select("input[name=topics]").eachAttr("value"))
			.contains(topic);

		String contributor = unique("person");
		this.writing.submit(this.writing.get("/editor/contributors/new"), "main form", Map.of("slug", contributor,
				"name", "A reviewing clinician", "bio", "Reviews articles.", "credentials", ""));
		Page page = visitor.get("/contributors/" + contributor);
		assertThat(page.document().selectFirst("h1").text()).isEqualTo("A reviewing clinician");
		assertThat(page.document().select("p.lead")).as("no credentials shown when none were entered").isEmpty();
		this.writing.submit(this.writing.get("/editor/contributors/" + contributor), "main form",
				Map.of("credentials", "Registered nurse (as entered)"));
		assertThat(visitor.get("/contributors/" + contributor).document().selectFirst("p.lead").text())
			.isEqualTo("Registered nurse (as entered)");
	}

	@Test
	void onlyEditorsReachTheEditor() {
		WebSession member = new WebSession(this.port);
		Accounts.signIn(member, new Accounts(this.context).create("noteditor").username(), Accounts.PASSWORD);
		assertThat(member.get("/editor").status()).isEqualTo(403);
		assertThat(member.post("/editor/articles/new", Map.of("title", "x")).status()).isEqualTo(403);
		WebSession anonymous = new WebSession(this.port);
		assertThat(anonymous.get("/editor/articles/new").path()).isEqualTo("/account/sign-in");
	}

	/** Writes, submits and has the other editor approve; returns the id. */
	long publish(String slug, String markdown) {
		long id = id(write(this.writing, slug, markdown, "submit"));
		Page approved = this.reviewing.submit(this.reviewing.get("/editor/articles/" + id + "/review"),
				"main form[action$=/approve]", Map.of());
		assertThat(approved.document().selectFirst(".notice").text()).contains("published");
		return id;
	}

	private static String csrf(Page page) {
		return page.document().selectFirst("main form input[name=_csrf]").val();
	}

}
