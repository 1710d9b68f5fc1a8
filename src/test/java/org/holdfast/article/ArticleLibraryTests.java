package org.holdfast.article;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.holdfast.markdown.Markdown;
import org.holdfast.IntegrationTest;
import org.holdfast.WebSession;
import org.holdfast.WebSession.Page;
import org.jsoup.nodes.Document;
import org.holdfast.system.PublicPagesChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading and searching the library over HTTP, on the starter content. */
@IntegrationTest
class ArticleLibraryTests {

	@LocalServerPort
	int port;

	@Autowired
	StarterContent starter;

	@Autowired
	ArticleRepository articles;

	@Autowired
	TopicRepository topics;

	@Autowired
	ContributorRepository contributors;

	@Autowired
	Markdown markdown;

	@Autowired
	ArticleSearch search;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ArticleEditing editing;

	private WebSession browser() {
		return new WebSession(this.port);
	}

	@Autowired
	ApplicationEventPublisher events;

	@BeforeEach
	@AfterEach
	void removeTestArticles() {
		this.jdbc.update("delete from article where slug like 'test-%'");
		this.transactions.executeWithoutResult((status) -> this.search.refreshWords());
		this.events.publishEvent(new PublicPagesChanged());
	}

	@Test
	void theStarterImportAddsOnlyWhatIsMissingAndNeverOverwritesAnEditor() {
		assertThat(this.jdbc.queryForObject("select count(*) from article where state = 'PUBLISHED'", Integer.class))
			.isGreaterThanOrEqualTo(12);
		this.jdbc.update("update article set title = 'Edited by an editor' where slug = 'for-friends'");
		try {
			Integer added = this.transactions.execute((status) -> this.starter.load());
			assertThat(added).isZero();
			assertThat(this.jdbc.queryForObject("select title from article where slug = 'for-friends'", String.class))
				.isEqualTo("Edited by an editor");
			assertThat(
					this.jdbc.queryForObject("select count(*) from article where slug = 'for-friends'", Integer.class))
				.isEqualTo(1);
		}
		finally {
			this.jdbc.update(
					"update article set title = 'For friends: being there without taking it all on' where slug = 'for-friends'");
		}
	}

	@Test
	void theListShowsNewestFirstWithStartHereSectionsTopicsAndPages() {
		Document page = browser().get("/articles").document();
		assertThat(page.select("#start-here ~ .card, section[aria-labelledby=start-here] .card")).isNotEmpty();
		assertThat(page.select("section[aria-labelledby=for-others] .card h3").eachText())
			.contains("For friends: being there without taking it all on");
		List<String> cards = page.select("section[aria-labelledby=all-articles] .card").eachText();
		assertThat(cards).hasSize(ArticleController.PAGE_SIZE).allMatch((card) -> card.contains("minute read"));
		assertThat(page.select(".pagination a").eachAttr("href")).contains("/articles?page=2");
		Document second = browser().get("/articles?page=2").document();
		assertThat(second.select("section[aria-labelledby=start-here]")).as("sections only on the first page")
			.isEmpty();
		assertThat(second.select("section[aria-labelledby=all-articles] .card")).isNotEmpty();

		Document recovery = browser().get("/articles?topic=recovery").document();
		assertThat(recovery.select("section[aria-labelledby=all-articles] .card h3").eachText())
			.contains("What recovery can look like: setbacks are part of it")
			.doesNotContain("Looking after a wound, and when to get medical care");
		assertThat(browser().get("/articles?page=-5").status()).isEqualTo(200);
		assertThat(browser().get("/articles?page=banana").status()).isEqualTo(200);
		assertThat(browser().get("/articles?topic=no-such-topic").status()).isEqualTo(404);
	}

	@Test
	void anArticleHasItsWarningContributorsDatesContentsHelpBoxAndRelatedReading() {
		Page page = browser().language("en-GB").get("/articles/what-is-self-harm");
		assertThat(page.status()).isEqualTo(200);
		Document article = page.document();
		assertThat(article.selectFirst("h1").text()).isEqualTo("What self-harm is, and why people do it");
		assertThat(article.selectFirst(".content-warning").text()).startsWith("Content warning:");
		assertThat(article.select(".article__meta a").eachAttr("href"))
			.contains("/contributors/holdfast-editorial-team");
		assertThat(article.selectFirst(".article__meta").text()).contains("Updated", "Reviewed", "minute read");
		assertThat(article.select(".contents a").eachAttr("href")).contains("#why-people-do-it");
		assertThat(article.getElementById("why-people-do-it")).isNotNull();
		assertThat(article.select(".help-box a[href^=tel:]").eachAttr("href")).contains("tel:116123");
		assertThat(article.select(".related .card")).hasSizeBetween(1, 3);
		assertThat(article.select(".prose script, .prose img")).isEmpty();
	}

	@Test
	void anOldAddressRedirectsToTheRenamedArticle() {
		long id = this.jdbc.queryForObject("select id from article where slug = 'for-friends'", Long.class);
		this.jdbc.update("insert into article_slug (slug, article_id) values ('helping-a-friend', ?)", id);
		try {
			HttpResponse<String> moved = browser().getRaw("/articles/helping-a-friend");
			assertThat(moved.statusCode()).isEqualTo(301);
			assertThat(URI.create(moved.headers().firstValue("Location").orElseThrow()).getPath())
				.isEqualTo("/articles/for-friends");
			assertThat(browser().get("/articles/never-existed").status()).isEqualTo(404);
		}
		finally {
			this.jdbc.update("delete from article_slug where slug = 'helping-a-friend'");
		}
	}

	@Test
	void searchStemsRanksAndHighlights() {
		publish("test-stemming", "A test of word forms", "She was cutting back on sugar, and cuts were small.");
		Document cut = browser().get("/articles?q=cut").document();
		assertThat(cut.select(".results .card h2").eachText()).contains("A test of word forms");
		Document urges = browser().get("/articles?q=urges").document();
		List<String> titles = urges.select(".results .card h2").eachText();
		assertThat(titles).isNotEmpty();
		assertThat(titles.get(0)).as("the title counts most").containsIgnoringCase("urge");
		assertThat(urges.select(".results mark").eachText()).isNotEmpty()
			.allMatch((word) -> word.toLowerCase().startsWith("urge"));
		assertThat(urges.selectFirst("[role=status]").text()).matches("\\d+ articles? match.*");
	}

	@Test
	void aTypoGetsADidYouMean() {
		Document typo = browser().get("/articles?q=therapst").document();
		assertThat(typo.selectFirst(".notice").text()).contains("Nothing matched “therapst”", "“therapist”");
		assertThat(typo.select(".results .card")).isNotEmpty();
		Document two = browser().get("/articles?q=urg+surfng").document();
		assertThat(two.selectFirst(".notice").text()).contains("“urge surfing”");
	}

	@Test
	void emptyLongAndSymbolOnlySearchesGetAFriendlyPage() {
		assertThat(browser().get("/articles?q=").document().selectFirst(".notice").text()).contains("Type a word");
		assertThat(browser().get("/articles?q=%20%20").document().selectFirst(".notice").text())
			.contains("Type a word");
		Page long_ = browser().get("/articles?q=" + "word+".repeat(300));
		assertThat(long_.status()).isEqualTo(200);
		assertThat(long_.document().selectFirst(".notice").text()).contains("very long");
		Page symbols = browser().get("/articles?q=%25%26*%28%29%21");
		assertThat(symbols.status()).isEqualTo(200);
		assertThat(symbols.document().selectFirst(".notice").text()).contains("Symbols on their own");
		for (String odd : List.of("%27%20or%201%3D1%20--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "!!!%20urge",
				"a%20%26%20b%20%7C%20c", "%22unclosed", "-", "%E2%80%AE")) {
			Page answer = browser().get("/articles?q=" + odd);
			assertThat(answer.status()).as(odd).isEqualTo(200);
			assertThat(answer.document().select("main script")).isEmpty();
		}
	}

	@Test
	void aSearchForCrisisWordsPutsTheCrisisLinesFirst() {
		for (String query : List.of("kill+myself", "I+want+to+die", "suicidal",
				"I%20don%E2%80%99t%20want%20to%20be%20here")) {
			Document page = browser().language("en-US").get("/articles?q=" + query).document();
			assertThat(page.select("main > .help-box")).as(query).hasSize(1);
			assertThat(page.select("main > .help-box a[href^=tel:]").eachAttr("href")).as(query).contains("tel:988");
			assertThat(page.selectFirst("main > .help-box").elementSiblingIndex())
				.isLessThan(page.selectFirst("main > form").elementSiblingIndex());
		}
		assertThat(browser().get("/articles?q=urges").document().select("main > .help-box")).isEmpty();
	}

	@Test
	void topicAndContributorPagesListTheirArticles() {
		Document topic = browser().get("/topics/coping-with-urges").document();
		assertThat(topic.selectFirst("h1").text()).isEqualTo("Coping with urges");
		assertThat(topic.select(".card h3").eachText())
			.contains("Riding out an urge: delay, distraction and urge surfing");
		Document team = browser().get("/contributors/holdfast-editorial-team").document();
		assertThat(team.selectFirst("h1").text()).isEqualTo("Holdfast editorial team");
		assertThat(team.select(".card")).hasSizeGreaterThanOrEqualTo(12);
		assertThat(team.select("main .lead")).as("no credentials were entered, so none are shown").isEmpty();
		assertThat(browser().get("/topics/nope").status()).isEqualTo(404);
		assertThat(browser().get("/contributors/nope").status()).isEqualTo(404);
	}

	@Test
	void everyLinkOnTheHomePageAndTheLibraryLeadsSomewhere() {
		for (String start : List.of("/", "/articles", "/articles/riding-out-an-urge")) {
			Document page = browser().get(start).document();
			Set<String> links = new java.util.TreeSet<>(page.select("main a[href^=/]").eachAttr("href"));
			for (String link : links) {
				assertThat(browser().get(link).status()).as("%s on %s", link, start).isEqualTo(200);
			}
		}
	}

	@Test
	void whenVeryManyArticlesMatchTitlesAndSummariesRankFirst() {
		int many = ArticleSearch.FULLY_RANKED + 20;
		this.jdbc.update(
				"""
						insert into article (slug, title, summary, markdown, html, plain_text, contents, reading_minutes, state,
						                     created_at, updated_at, latest_revision, published_revision)
						select 'test-many-' || g, 'Filler ' || g, 'Filler', 'x', '<p>x</p>',
						       'quorblex appears here, quorblex and quorblex again', '', 1, 'PUBLISHED',
						       timestamp '2001-01-01' + make_interval(days => g), timestamp '2001-01-01' + make_interval(days => g),
						       1, 1
						from generate_series(1, ?) g""",
				many);
		this.jdbc.update("""
				insert into article (slug, title, summary, markdown, html, plain_text, contents, reading_minutes, state,
				                     created_at, updated_at, latest_revision, published_revision)
				values ('test-many-titled', 'All about quorblex', 'Filler', 'x', '<p>x</p>', 'once: quorblex', '', 1,
				        'PUBLISHED', timestamp '2000-01-01', timestamp '2000-01-01', 1, 1)""");
		ArticleSearch.Found found = this.transactions.execute((status) -> this.search.search("quorblex", 0, 10));
		assertThat(found.total()).isEqualTo(many + 1);
		long titled = this.jdbc.queryForObject("select id from article where slug = 'test-many-titled'", Long.class);
		assertThat(found.hits().get(0).id()).as("the title match, though oldest and with the word once")
			.isEqualTo(titled);
		assertThat(found.hits()).hasSize(10);
		assertThat(found.hits().get(0).snippet()).anyMatch(ArticleSearch.Part::match);
	}

	@Test
	void draftsAndArchivedArticlesAreNeverShown() {
		Article draft = new Article("test-draft", "A draft nobody should see", "Not yet", Instant.now());
		draft.write("Secret draft words zebracorn", this.markdown.render("Secret draft words zebracorn"),
				Instant.now());
		this.articles.save(draft);
		assertThat(browser().get("/articles/test-draft").status()).isEqualTo(404);
		assertThat(browser().get("/articles?q=zebracorn").document().select(".results .card")).isEmpty();
		assertThat(browser().get("/articles").body()).doesNotContain("A draft nobody should see");
	}

	private void publish(String slug, String title, String body) {
		this.editing.importStarter(new ArticleDocument(title, slug, "A test article", null, null, null, List.of(),
				List.of(StarterContent.CONTRIBUTOR), body));
		this.transactions.executeWithoutResult((status) -> this.search.refreshWords());
		this.events.publishEvent(new PublicPagesChanged());
	}

}
