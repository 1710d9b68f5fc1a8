package org.holdfast.toolbox;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.holdfast.IntegrationTest;
import org.holdfast.WebSession;
import org.holdfast.WebSession.Page;
import org.holdfast.account.Accounts;
import org.holdfast.account.Role;
import org.holdfast.editorial.SafeMessagingHints;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The toolbox without a browser: the starter activities, "something for right now",
 * favourites and a member's own ideas, the urge timer as a sequence of pages, and the
 * editorial workflow for activities.
 */
@IntegrationTest
class ToolboxJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SafeMessagingHints hints;

	@Autowired
	StarterActivities starters;

	@Autowired
	ActivityEditing editing;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	Accounts accounts;

	@BeforeEach
	void setUp() {
		this.accounts = new Accounts(this.context);
	}

	@Test
	void atLeastFortySafeStarterActivitiesArePublishedInAllSixKinds() {
		List<ActivityDocument> documents = StarterActivities.documents();
		assertThat(documents).hasSizeGreaterThanOrEqualTo(40);
		assertThat(documents.stream().map(ActivityDocument::parsedCategory).distinct())
			.containsExactlyInAnyOrder(CopingActivity.Category.values());
		Set<String> slugs = new HashSet<>();
		for (ActivityDocument document : documents) {
			assertThat(document.problems()).as(document.slug()).isEmpty();
			assertThat(slugs.add(document.slug())).as("unique %s", document.slug()).isTrue();
			assertThat(this.hints.check(
					Map.of("title", document.title(), "summary", document.summary(), "body", document.body()), "none"))
				.as("safe-messaging hints on %s", document.slug())
				.filteredOn((hint) -> hint.kind() != SafeMessagingHints.Kind.MISSING_WARNING)
				.isEmpty();
		}
		Page list = new WebSession(this.port).get("/toolbox/activities");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.document().select("main .card")).hasSizeGreaterThanOrEqualTo(documents.size());
		for (CopingActivity.Category category : CopingActivity.Category.values()) {
			assertThat(list.document().getElementById("kind-" + category.slug())).as(category.name()).isNotNull();
		}
		Page one = new WebSession(this.port).get("/toolbox/activities/" + documents.get(0).slug());
		assertThat(one.document().selectFirst("h1").text()).isEqualTo(documents.get(0).title());
		assertThat(one.document().select(".prose ol li")).isNotEmpty();
		assertThat(new WebSession(this.port).get("/toolbox/activities/no-such-thing").status()).isEqualTo(404);
	}

	@Test
	void aRenamedStarterActivityIsNotImportedAgain() {
		String original = StarterActivities.documents().get(5).slug();
		this.jdbc.update("update coping_activity set slug = ? where slug = ?", original + "-renamed", original);
		try {
			Integer added = this.transactions.execute((status) -> this.starters.load());
			assertThat(added).isZero();
			assertThat(this.jdbc.queryForObject("select count(*) from coping_activity where slug = ?", Integer.class,
					original))
				.isZero();
		}
		finally {
			this.jdbc.update("update coping_activity set slug = ? where slug = ?", original, original + "-renamed");
		}
	}

	@Test
	void aDraftActivityNeverShowsInAMembersJournal() {
		Accounts.Created editor = this.accounts.create("drafter", Role.EDITOR);
		long draft = this.editing.create(new ActivityDocument("secret-draft-" + Long.toString(System.nanoTime(), 36),
				"comfort", "An unreviewed draft title", "Not yet.", 3, "1. Wait."), editor.id());
		Accounts.Created member = this.accounts.create("peeker");
		WebSession browser = new WebSession(this.port);
		Accounts.signIn(browser, member.username(), Accounts.PASSWORD);
		Page form = browser.get("/me/journal/new");
		assertThat(form.document().text()).doesNotContain("An unreviewed draft title");
		Page saved = browser.send("/me/journal/new",
				List.of(Map.entry("_csrf", form.document().selectFirst("input[name=_csrf]").val()),
						Map.entry("day", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()),
						Map.entry("urge", "2"), Map.entry("helped", "a" + draft)));
		assertThat(saved.document().text()).doesNotContain("An unreviewed draft title");
		assertThat(this.jdbc.queryForObject("select count(*) from journal_helped where member_id = ?", Integer.class,
				member.id()))
			.isZero();
	}

	@Test
	void somethingForRightNowComesFromTheKindsChosenAndIsNeverTheOneJustShown() {
		WebSession visitor = new WebSession(this.port);
		Set<String> breathing = new HashSet<>(this.jdbc.queryForList(
				"select title from coping_activity where category = 'BREATHE' and state = 'PUBLISHED'", String.class));
		String last = null;
		for (int i = 0; i < 12; i++) {
			Page suggested = visitor.get("/toolbox/right-now?kind=breathe" + ((last != null) ? "&except=" + last : ""));
			assertThat(suggested.status()).isEqualTo(200);
			String title = suggested.document().selectFirst(".suggestion h2").text();
			assertThat(breathing).contains(title);
			String ref = suggested.document().selectFirst("form input[name=except]").val();
			assertThat(ref).isNotEqualTo(last);
			last = ref;
		}
		Page any = visitor.get("/toolbox/right-now");
		assertThat(any.document().select(".suggestion h2")).hasSize(1);
		Page nonsense = visitor.get("/toolbox/right-now?kind=%3Cscript%3E&except=zzz");
		assertThat(nonsense.status()).isEqualTo(200);
		assertThat(nonsense.document().select(".suggestion h2")).hasSize(1);
	}

	@Test
	void aMembersFavouritesAndOwnIdeasComeFirstAndStayTheirs() {
		Accounts.Created member = this.accounts.create("toolbox");
		WebSession browser = new WebSession(this.port);
		Accounts.signIn(browser, member.username(), Accounts.PASSWORD);
		String slug = StarterActivities.documents().get(3).slug();
		Page activity = browser.get("/toolbox/activities/" + slug);
		Page favourite = browser.submit(activity, "main form[action^=/me/favourites]", Map.of());
		assertThat(favourite.document().selectFirst(".notice").text()).contains("Added to your favourites");
		assertThat(browser.get("/toolbox/activities")
			.document()
			.select("section[aria-labelledby=favourites-title] .card__title")
			.text()).contains(StarterActivities.documents().get(3).title());

		Page mine = browser.get("/me/activities");
		Page blank = browser.submit(mine, "main form[action=/me/activities]", Map.of("title", "  ", "note", "kept"));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.errors()).contains("Write a few words about what helps");
		assertThat(blank.document().selectFirst("textarea#note").text()).isEqualTo("kept");
		Page added = browser.submit(blank, "main form[action=/me/activities]",
				Map.of("title", "Play my guitar", "note", "The slow songs"));
		assertThat(added.document().select("main .card__title").text()).contains("Play my guitar");
		long id = this.jdbc.queryForObject("select id from own_activity where member_id = ?", Long.class, member.id());

		Page own = browser.get("/toolbox/right-now?kind=mine");
		assertThat(own.document().select(".suggestion h2").text()).isIn("Play my guitar",
				StarterActivities.documents().get(3).title());

		Accounts.Created other = this.accounts.create("nosy");
		WebSession nosy = new WebSession(this.port);
		Accounts.signIn(nosy, other.username(), Accounts.PASSWORD);
		assertThat(nosy.get("/me/activities/" + id).status()).isEqualTo(404);
		nosy.get("/me/activities");
		assertThat(nosy.post("/me/activities/" + id, Map.of("title", "Mine now")).status()).isEqualTo(404);
		assertThat(nosy.post("/me/activities/" + id + "/delete", Map.of()).status()).isEqualTo(404);
		assertThat(nosy.get("/toolbox/activities").document().select("main .card__title").eachText())
			.doesNotContain("Play my guitar");
		assertThat(this.jdbc.queryForObject("select title from own_activity where id = ?", String.class, id))
			.isEqualTo("Play my guitar");

		Page kept = browser.post("/me/activities/" + id + "/delete", Map.of());
		assertThat(kept.document().selectFirst(".notice--warning").text()).contains("not deleted");
		Page deleted = browser.submit(kept, "main form[action$=/delete]", Map.of("confirm", "true"));
		assertThat(deleted.document().select("main .card__title").eachText()).doesNotContain("Play my guitar");
		browser.post("/me/favourites/"
				+ this.jdbc.queryForObject("select id from coping_activity where slug = ?", Long.class, slug)
				+ "/delete", Map.of());
		assertThat(this.jdbc.queryForObject("select count(*) from favourite_activity where member_id = ?",
				Integer.class, member.id()))
			.isZero();
	}

	@Test
	void theUrgeTimerWorksAsASequenceOfPagesWithoutJavaScript() {
		WebSession visitor = new WebSession(this.port);
		Page start = visitor.get("/toolbox/urge-timer");
		assertThat(start.document().select("input[name=minutes][checked]").val()).isEqualTo("15");
		Page first = visitor.get("/toolbox/urge-timer/ride?minutes=15&before=8");
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.uri().getPath()).isEqualTo("/toolbox/urge-timer/ride");
		String started = first.uri().getQuery().replaceAll("^.*started=(\\d+).*$", "$1");
		assertThat(first.document().select(".wave__prompt:not([hidden])")).hasSize(1);
		assertThat(first.document().select(".wave__prompt")).hasSize(6);
		assertThat(first.document().selectFirst(".wave__prompt:not([hidden]) h3").text()).isEqualTo("Breathe");
		Page page = first;
		List<String> headings = new java.util.ArrayList<>();
		for (int step = 1; step <= 6; step++) {
			Element shown = page.document().selectFirst(".wave__prompt:not([hidden])");
			assertThat(shown.attr("aria-current")).isEqualTo("step");
			headings.add(shown.selectFirst("h3").text());
			Element next = page.document().selectFirst(".wave__steps a.button");
			if (step < 6) {
				assertThat(next.text()).isEqualTo("Next prompt");
				page = visitor.get(next.attr("href"));
				assertThat(page.status()).isEqualTo(200);
			}
			else {
				assertThat(next.text()).isEqualTo("I’ve reached the end");
				page = visitor.get(next.attr("href"));
			}
		}
		assertThat(headings).containsExactly("Breathe", "Try this", "Has the urge changed?", "Breathe", "Try this",
				"Has the urge changed?");
		assertThat(page.uri().getPath()).isEqualTo("/toolbox/urge-timer/end");
		Page again = visitor.get("/toolbox/urge-timer/ride?minutes=15&before=8&started=" + started + "&step=2");
		assertThat(again.document().selectFirst(".wave__prompt:not([hidden]) h4").text())
			.as("the same ride suggests the same activity on every page")
			.isEqualTo(visitor.get("/toolbox/urge-timer/ride?minutes=15&before=8&started=" + started + "&step=2")
				.document()
				.selectFirst(".wave__prompt:not([hidden]) h4")
				.text());

		String outcomeForm = "main form[action=/toolbox/urge-timer/outcome]";
		Page missing = visitor.submit(page, outcomeForm, Map.of());
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.document().selectFirst(".error-summary").text()).contains("Choose a number from 0 to 10");
		String helped = page.document().selectFirst("input[name=helped]").val();
		Page outcome = visitor.submit(missing, outcomeForm, Map.of("after", "3", "helped", helped));
		assertThat(outcome.uri().getQuery()).as("how it went stays out of the address").isNull();
		assertThat(outcome.status()).isEqualTo(200);
		assertThat(outcome.document().selectFirst(".lead").text())
			.isEqualTo("The urge went from 8 to 3. You got through it.");
		assertThat(outcome.document().select(".help-box")).isEmpty();
		assertThat(outcome.document().select(".notice").text()).contains("Nothing from this timer has been saved");
		Page still = visitor.submit(page, outcomeForm, Map.of("after", "9"));
		assertThat(still.document().select(".help-box")).as("a strong urge at the end shows help").hasSize(1);

		Page bad = visitor.get("/toolbox/urge-timer/ride?minutes=7&before=12");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.document().title()).startsWith("Error: ");
		assertThat(bad.document().select(".error-summary li")).hasSize(2);
	}

	@Test
	void aMemberSavesATimersOutcomeToTheirJournal() {
		Accounts.Created member = this.accounts.create("rider");
		WebSession browser = new WebSession(this.port);
		Accounts.signIn(browser, member.username(), Accounts.PASSWORD);
		Page ride = browser.get("/toolbox/urge-timer/ride?minutes=5&before=7");
		String started = ride.uri().getQuery().replaceAll("^.*started=(\\d+).*$", "$1");
		Page end = browser.get("/toolbox/urge-timer/end?minutes=5&before=7&started=" + started);
		String helped = end.document().selectFirst("input[name=helped]").val();
		Page outcome = browser.submit(end, "main form[action=/toolbox/urge-timer/outcome]",
				Map.of("after", "2", "helped", helped));
		assertThat(outcome.document().selectFirst(".lead").text())
			.isEqualTo("The urge went from 7 to 2. You got through it.");
		Page form = browser.submit(outcome, "main form[action=/me/journal/from-timer]", Map.of());
		assertThat(this.jdbc.queryForObject("select count(*) from journal_entry where member_id = ?", Integer.class,
				member.id()))
			.as("nothing saved until they say so")
			.isZero();
		assertThat(form.document().select("input[name=urge][checked]").val()).isEqualTo("2");
		assertThat(form.document().select("input[name=helped][checked]").val()).isEqualTo(helped);
		Page saved = browser.submit(form, "main form[action=/me/journal/new]", Map.of("mood", "3"));
		assertThat(saved.path()).isEqualTo("/me/journal");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from journal_entry e join journal_helped h on h.entry_id = e.id where e.member_id = ? and e.urge = 2 and e.mood = 3",
				Integer.class, member.id()))
			.isEqualTo(1);
	}

	@Test
	void aNewActivityGoesLiveOnlyWhenASecondEditorApprovesItAndArchivingTakesItDown() {
		Accounts.Created writer = this.accounts.create("actwriter", Role.EDITOR);
		Accounts.Created reviewer = this.accounts.create("actreviewer", Role.EDITOR);
		WebSession writing = new WebSession(this.port);
		WebSession reviewing = new WebSession(this.port);
		Accounts.signInAsStaff(writing, writer.username(), null);
		Accounts.signInAsStaff(reviewing, reviewer.username(), null);
		String slug = "count-the-windows-" + Long.toString(System.nanoTime(), 36);

		Page form = writing.get("/editor/activities/new");
		Page bad = writing.submit(form, "main form.editor__form",
				Map.of("title", "", "slug", slug, "summary", "Count them.", "minutes", "99", "body", "1. Look."));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.errors()).contains("Enter a title", "Choose what kind of activity it is", "from 1 to 60");
		assertThat(bad.document().selectFirst("textarea#body").text()).isEqualTo("1. Look.");
		Page saved = writing.submit(bad, "main form.editor__form",
				Map.of("title", "Count the windows", "category", "distract", "minutes", "3", "body",
						"1. Look around.\n2. Count every window you can see.\n", "action", "submit"));
		assertThat(saved.status()).as(saved.errors()).isEqualTo(200);
		long id = Long.parseLong(saved.path().replaceAll("^/editor/activities/(\\d+)$", "$1"));
		WebSession visitor = new WebSession(this.port);
		assertThat(visitor.get("/toolbox/activities/" + slug).status()).isEqualTo(404);
		assertThat(writing.post("/editor/activities/" + id + "/approve", Map.of("revision", "1")).status())
			.isEqualTo(409);

		Page review = reviewing.get("/editor/activities/" + id + "/review");
		assertThat(review.document().select(".diff-line--added").text()).contains("Count every window");
		Page approved = reviewing.submit(review, "main form[action$=/approve]", Map.of());
		assertThat(approved.document().selectFirst(".notice").text()).contains("published");
		Page live = visitor.get("/toolbox/activities/" + slug);
		assertThat(live.status()).isEqualTo(200);
		assertThat(live.document().select(".prose li").eachText()).contains("Count every window you can see.");

		Page edit = writing.get("/editor/activities/" + id);
		writing.submit(edit, "main form.editor__form", Map.of("title", "Count the windows and doors"));
		assertThat(visitor.get("/toolbox/activities/" + slug).document().selectFirst("h1").text())
			.as("changes wait for review")
			.isEqualTo("Count the windows");
		assertThat(writing.get("/editor/activities/" + id + "/history").status()).isEqualTo(200);
		assertThat(writing.get("/editor/activities/" + id + "/revisions/2").document().text())
			.contains("Count the windows and doors");

		Page archived = writing.submit(writing.get("/editor/activities/" + id), "main form[action$=/archive]",
				Map.of("note", "Replaced by a better one"));
		assertThat(archived.status()).isEqualTo(200);
		assertThat(visitor.get("/toolbox/activities/" + slug).status()).isEqualTo(404);
		assertThat(visitor.get("/toolbox/activities").document().text()).doesNotContain("Count the windows");
		assertThat(reviewing.get("/editor/activities").document().select("table a").eachText())
			.contains("Count the windows");
	}

}
