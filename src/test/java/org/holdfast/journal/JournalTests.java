package org.holdfast.journal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.holdfast.IntegrationTest;
import org.holdfast.WebSession;
import org.holdfast.WebSession.Page;
import org.holdfast.account.Accounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mood and urge journal: entries on the chart, in the table and in the summary;
 * missed days left alone; bad input; help for crisis words; entries only ever their
 * writer's; and every toolbox table in the member's export and gone with their account.
 */
@IntegrationTest
class JournalTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	Accounts accounts;

	Accounts.Created member;

	WebSession browser;

	@BeforeEach
	void signIn() {
		this.accounts = new Accounts(this.context);
		this.member = this.accounts.create("journal");
		this.browser = new WebSession(this.port);
		Accounts.signIn(this.browser, this.member.username(), Accounts.PASSWORD);
	}

	static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	Page write(String day, String mood, String urge, String situation) {
		Page form = this.browser.get("/me/journal/new");
		return this.browser.submit(form, "main form[action=/me/journal/new]",
				Map.of("day", day, "mood", mood, "urge", urge, "situation", situation));
	}

	@Test
	void anEntryAppearsOnTheChartInTheTableAndInTheSummary() {
		Page empty = this.browser.get("/me/journal");
		assertThat(empty.document().select("svg")).isEmpty();
		assertThat(empty.document().selectFirst("main").text()).contains("No entries in this time");

		write(today().minusDays(10).toString(), "2", "7", "A hard day at school");
		Page saved = write(today().toString(), "4", "3", "Walked the dog");
		assertThat(saved.path()).isEqualTo("/me/journal");
		Document page = saved.document();
		assertThat(page.selectFirst(".notice").text()).contains("Your entry is saved");
		assertThat(page.select("svg.chart__svg")).hasSize(2);
		assertThat(page.select(".chart--mood path.chart__points").attr("data-points")).isEqualTo("2");
		assertThat(page.select(".chart--mood path.chart__points").attr("d").split("M")).hasSize(3);
		assertThat(page.select(".chart--urge path.chart__points").attr("data-points")).isEqualTo("2");
		assertThat(page.select(".chart--mood polyline.chart__line")).as("ten days apart: not joined").isEmpty();
		assertThat(page.select("svg[role=img] > title").eachText()).containsExactly("Mood over 30 days",
				"Urge strength over 30 days");
		assertThat(page.select(".journal-table tbody tr")).hasSize(2);
		assertThat(page.select(".journal-table tbody tr").get(0).text()).contains("Good", "3 of 10", "Walked the dog");
		assertThat(page.select(".journal-table tbody tr").get(1).text()).contains("Low", "7 of 10");
		assertThat(page.select("#journal-summary").text()).contains("2 entries on 2 days", "Mood: 3.0 on average",
				"Urge strength: 5.0 on average, from 3 to 7");
		assertThat(page.select("main > :not(.lead)").text()).as("no streaks, nothing missed")
			.doesNotContainIgnoringCase("streak")
			.doesNotContainIgnoringCase("missed");

		Page week = this.browser.get("/me/journal?days=7");
		assertThat(week.document().select(".journal-table tbody tr")).hasSize(1);
		Page year = this.browser.get("/me/journal?days=365");
		assertThat(year.document().select(".journal-table tbody tr")).hasSize(2);
		assertThat(this.browser.get("/me/journal?days=nonsense").status()).isEqualTo(200);

		write(today().minusDays(1).toString(), "5", "", "");
		Page joined = this.browser.get("/me/journal");
		assertThat(joined.document().select(".chart--mood polyline.chart__line")).as("a day apart: joined").hasSize(1);
		assertThat(joined.document().select(".chart--urge path.chart__points").attr("data-points"))
			.as("no urge given, no point")
			.isEqualTo("2");
	}

	@Test
	void badInputComesBackWithAClearMessageAndNothingLost() {
		Page form = this.browser.get("/me/journal/new");
		Page neither = this.browser.submit(form, "main form[action=/me/journal/new]",
				Map.of("day", today().toString(), "mood", "", "urge", "", "note", "Keep this note"));
		assertThat(neither.status()).isEqualTo(400);
		assertThat(neither.errors()).contains("Choose your mood or your urge strength");
		assertThat(neither.document().selectFirst("textarea#note").text()).isEqualTo("Keep this note");

		Page future = this.browser.submit(form, "main form[action=/me/journal/new]",
				Map.of("day", today().plusDays(5).toString(), "mood", "3"));
		assertThat(future.errors()).contains("can’t be in the future");
		Page nonsense = this.browser.submit(form, "main form[action=/me/journal/new]",
				Map.of("day", "yesterday", "mood", "9", "urge", "-1", "helped", "x1"));
		assertThat(nonsense.status()).isEqualTo(400);
		assertThat(nonsense.document().select(".error-summary li")).hasSize(4);
		assertThat(this.jdbc.queryForObject("select count(*) from journal_entry where member_id = ?", Integer.class,
				this.member.id()))
			.isZero();
	}

	@Test
	void theSameActivityTwiceOrWrittenOddlyNeverBreaksASave() {
		Page form = this.browser.get("/me/journal/new");
		String activity = form.document().selectFirst("input[name=helped]").val();
		String csrf = form.document().selectFirst("input[name=_csrf]").val();
		Page odd = this.browser.send("/me/journal/new",
				List.of(Map.entry("_csrf", csrf), Map.entry("day", today().toString()), Map.entry("urge", "4"),
						Map.entry("helped", activity), Map.entry("helped", "a0" + activity.substring(1)),
						Map.entry("helped", "a\u0661")));
		assertThat(odd.status()).isEqualTo(400);
		assertThat(odd.errors()).contains("Choose from the activities listed");
		Page twice = this.browser.send("/me/journal/new",
				List.of(Map.entry("_csrf", csrf), Map.entry("day", today().toString()), Map.entry("urge", "4"),
						Map.entry("helped", activity), Map.entry("helped", activity)));
		assertThat(twice.status()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("select count(*) from journal_helped where member_id = ?", Integer.class,
				this.member.id()))
			.isOne();
	}

	@Test
	void aDayAheadOfTheServersIsKeptAndShownAndADayOverAYearAgoIsRefused() {
		Page ahead = write(today().plusDays(1).toString(), "4", "", "Written in the morning, east of here");
		assertThat(ahead.document().select(".journal-table tbody tr").text())
			.contains("Written in the morning, east of here");
		Page old = write(today().minusDays(400).toString(), "4", "", "");
		assertThat(old.status()).isEqualTo(400);
		assertThat(old.errors()).contains("Choose a day in the past year");
	}

	@Test
	void crisisWordsShowHelpToTheWriterAndTellNoOne() {
		Page saved = write(today().toString(), "1", "9", "I don't want to live like this");
		assertThat(saved.document().select(".help-box")).hasSize(1);
		assertThat(this.browser.get("/me/journal").document().select(".help-box")).isEmpty();
	}

	@Test
	void entriesAreOnlyEverTheirWritersAndCanBeChangedAndDeleted() {
		write(today().toString(), "3", "5", "Mine alone");
		long id = this.jdbc.queryForObject("select id from journal_entry where member_id = ?", Long.class,
				this.member.id());
		Accounts.Created other = this.accounts.create("nosy");
		WebSession nosy = new WebSession(this.port);
		Accounts.signIn(nosy, other.username(), Accounts.PASSWORD);
		assertThat(nosy.get("/me/journal").document().text()).doesNotContain("Mine alone");
		assertThat(nosy.get("/me/journal/" + id).status()).isEqualTo(404);
		assertThat(nosy.post("/me/journal/" + id, Map.of("day", today().toString(), "mood", "1")).status())
			.isEqualTo(404);
		assertThat(nosy.post("/me/journal/" + id + "/delete", Map.of()).status()).isEqualTo(404);
		long othersOwn = this.jdbc.queryForObject(
				"insert into own_activity (member_id, title, created_at, updated_at) values (?, 'Theirs', now(), now()) returning id",
				Long.class, other.id());

		Page edit = this.browser.get("/me/journal/" + id);
		assertThat(edit.document().select("input[name=mood][checked]").val()).isEqualTo("3");
		Page changed = this.browser.send("/me/journal/" + id,
				List.of(Map.entry("_csrf", edit.document().selectFirst("input[name=_csrf]").val()),
						Map.entry("day", today().toString()), Map.entry("mood", "4"), Map.entry("urge", "2"),
						Map.entry("helped", "o" + othersOwn)));
		assertThat(changed.path()).isEqualTo("/me/journal");
		assertThat(this.jdbc.queryForObject("select mood from journal_entry where id = ?", Integer.class, id))
			.isEqualTo(4);
		assertThat(
				this.jdbc.queryForObject("select count(*) from journal_helped where entry_id = ?", Integer.class, id))
			.as("someone else's own idea is never linked")
			.isZero();
		Page kept = this.browser.submit(this.browser.get("/me/journal/" + id), "main form[action$=/delete]", Map.of());
		assertThat(kept.document().selectFirst(".notice--warning").text()).contains("not deleted");
		assertThat(this.jdbc.queryForObject("select count(*) from journal_entry where id = ?", Integer.class, id))
			.isOne();
		Page deleted = this.browser.submit(kept, "main form[action$=/delete]", Map.of("confirm", "true"));
		assertThat(deleted.document().selectFirst(".notice").text()).contains("deleted");
		assertThat(this.jdbc.queryForObject("select count(*) from journal_entry where id = ?", Integer.class, id))
			.isZero();
	}

	@Test
	void everyToolboxTableIsInTheExportAndGoesWithTheAccount() throws Exception {
		Page form = this.browser.get("/me/journal/new");
		String activity = form.document().selectFirst("input[name=helped]").val();
		this.browser.submit(this.browser.get("/me/activities"), "main form[action=/me/activities]",
				Map.of("title", "Call my sister"));
		long own = this.jdbc.queryForObject("select id from own_activity where member_id = ?", Long.class,
				this.member.id());
		this.browser.post("/me/favourites/" + activity.substring(1), Map.of());
		this.browser.submit(this.browser.get("/me/safety-plan/edit"), "main form", Map.of("reasons", "My cat"));
		Page journal = this.browser.get("/me/journal/new");
		this.browser.send("/me/journal/new",
				List.of(Map.entry("_csrf", journal.document().selectFirst("input[name=_csrf]").val()),
						Map.entry("day", today().toString()), Map.entry("urge", "4"), Map.entry("helped", activity),
						Map.entry("helped", "o" + own), Map.entry("note", "A private note")));

		List<String> tables = List.of("own_activity", "favourite_activity", "safety_plan", "journal_entry",
				"journal_helped");
		JsonNode exported = new ObjectMapper().readTree(this.browser.getRaw("/account/export").body()).get("tables");
		assertThat(exported.get("journal_helped").size()).isEqualTo(2);
		for (String table : tables) {
			assertThat(exported.has(table)).as(table).isTrue();
			assertThat(exported.get(table).size()).as(table).isPositive();
		}
		assertThat(exported.get("safety_plan").toString()).contains("My cat");
		assertThat(exported.get("journal_entry").toString()).contains("A private note");

		this.browser.submit(this.browser.get("/account/delete"), "main form",
				Map.of("current", Accounts.PASSWORD, "confirm", "true"));
		for (String table : tables) {
			assertThat(this.jdbc.queryForObject("select count(*) from " + table + " where member_id = ?", Integer.class,
					this.member.id()))
				.as(table)
				.isZero();
		}
	}

}
