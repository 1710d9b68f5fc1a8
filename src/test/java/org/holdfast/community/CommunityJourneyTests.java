package org.holdfast.community;

import java.util.List;
import java.util.Map;

import org.holdfast.IntegrationTest;
import org.holdfast.WebSession;
import org.holdfast.WebSession.Page;
import org.holdfast.account.AgeBand;
import org.holdfast.account.Accounts;
import org.holdfast.account.Role;
import org.holdfast.moderation.Screening;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The community as members use it: threads, replies, support reactions, content warnings,
 * mutes, "new since your last visit", changing and deleting posts, paging, and every
 * check before a post goes up (crisis help first, method detail held or sent back,
 * contact details refused, posting limits).
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CommunityJourneyTests {

	static final String SUPPORT = "/community/self-harm-support";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	Accounts accounts;

	@BeforeEach
	void accounts() {
		this.accounts = new Accounts(this.context);
	}

	/** A signed-in member whose account is a month old (past the new-account limits). */
	WebSession member(String prefix, AgeBand band) {
		Accounts.Created created = this.accounts.create(prefix, band);
		this.jdbc.update("update member set joined_at = now() - interval '30 days' where id = ?", created.id());
		WebSession browser = new WebSession(this.port);
		Accounts.signIn(browser, created.username(), Accounts.PASSWORD);
		return browser;
	}

	WebSession member(String prefix) {
		return member(prefix, AgeBand.ADULT);
	}

	static Page startThread(WebSession browser, String space, String title, String body, String warning) {
		return browser.submit(browser.get(space + "/new"), "main form",
				Map.of("title", title, "body", body, "contentWarning", warning, "step", ""));
	}

	static Page reply(WebSession browser, Page thread, String body) {
		return browser.submit(thread, "main form[action$=/reply]", Map.of("body", body, "step", ""));
	}

	@Test
	void membersPostReplyAndSendSupportAndThreadsGoByLatestActivity() {
		WebSession alex = member("alex");
		WebSession sam = member("sam");
		Page first = startThread(alex, SUPPORT, "Hard week at work",
				"Everything feels heavy. What helps you **slow down**?", "");
		assertThat(first.status()).as(first.errors()).isEqualTo(200);
		assertThat(first.path()).startsWith("/community/threads/");
		assertThat(first.document().select(".notice").text()).contains("Your post is up");
		assertThat(first.document().select("article.post strong").text()).isEqualTo("slow down");
		String firstPath = first.path();
		Page second = startThread(alex, SUPPORT, "Small wins thread", "I went for a walk today.", "");

		Page list = sam.get(SUPPORT);
		List<String> titles = list.document().select(".thread-row__title").eachText();
		assertThat(titles.indexOf("Small wins thread")).isLessThan(titles.indexOf("Hard week at work"));
		Element row = list.document()
			.select(".thread-row")
			.stream()
			.filter((r) -> r.text().contains("Hard week at work"))
			.findFirst()
			.orElseThrow();
		assertThat(row.select(".badge--new")).as("never opened, so new").isNotEmpty();

		Page thread = sam.get(firstPath);
		Page supported = sam.submit(thread, "form.reaction", Map.of("kind", "HEAR"));
		Element hear = supported.document().selectFirst("form.reaction button[value=HEAR]");
		assertThat(hear.text()).isEqualTo("I hear you (1)");
		assertThat(hear.attr("aria-pressed")).isEqualTo("true");
		Page again = sam.submit(supported, "form.reaction", Map.of("kind", "HEAR"));
		assertThat(again.document().selectFirst("form.reaction button[value=HEAR]").text())
			.as("a second press takes it back")
			.isEqualTo("I hear you (0)");
		sam.submit(again, "form.reaction", Map.of("kind", "STRENGTH"));
		assertThat(alex.get(firstPath).document().selectFirst("form.reaction button[value=HEAR]").hasAttr("disabled"))
			.as("no reacting to your own post")
			.isTrue();

		Page replied = reply(sam, sam.get(firstPath), "Slow breathing helps me. You are not alone.");
		assertThat(replied.document().select("article.post").eachText())
			.anyMatch((text) -> text.contains("You are not alone"));
		List<String> after = sam.get(SUPPORT).document().select(".thread-row__title").eachText();
		assertThat(after.indexOf("Hard week at work")).as("the reply makes it the latest activity")
			.isLessThan(after.indexOf("Small wins thread"));
		assertThat(sam.get(SUPPORT)
			.document()
			.select(".thread-row")
			.stream()
			.filter((r) -> r.text().contains("Hard week at work"))
			.findFirst()
			.orElseThrow()
			.select(".badge--new")).as("seen since its last post").isEmpty();

		Page back = alex.get(firstPath);
		assertThat(back.document().select("article.post--new").text()).contains("You are not alone");
		assertThat(back.document().select("article.post").first().text()).contains("Sending strength (1)");
		assertThat(alex.get(firstPath).document().select("article.post--new")).as("seen now").isEmpty();
		assertThat(second.status()).isEqualTo(200);
	}

	@Test
	void aContentWarningCollapsesThePostAndMutedWordsFoldItAway() {
		WebSession writer = member("cw");
		Page thread = startThread(writer, SUPPORT, "Relapse after a long time",
				"I had a setback last night and I feel ashamed.", "relapse");
		Element warned = thread.document().selectFirst("article.post details.content-warning");
		assertThat(warned).isNotNull();
		assertThat(warned.hasAttr("open")).isFalse();
		assertThat(warned.selectFirst("summary").text()).contains("Content warning: relapse");

		WebSession reader = member("muter");
		Page muted = reader.submit(reader.get("/me/muted"), "main form[action=/me/muted]",
				Map.of("phrase", "  SETBACK "));
		assertThat(muted.document().select(".checklist").text()).contains("setback");
		Page read = reader.get(thread.path());
		assertThat(read.document().selectFirst("article.post > details.muted summary").text())
			.contains("something you muted");
		assertThat(reader.get(SUPPORT)
			.document()
			.select(".thread-row")
			.stream()
			.filter((r) -> r.text().contains("Relapse") || r.text().contains("muted"))
			.anyMatch((r) -> r.selectFirst("details.muted") != null))
			.as("the thread's warning mentions nothing muted, its title does not either")
			.isFalse();
		reader.submit(reader.get("/me/muted"), "main form[action=/me/muted]", Map.of("phrase", "relapse"));
		assertThat(reader.get(SUPPORT).document().select(".thread-row details.muted").text())
			.contains("Relapse after a long time");
		Page refused = reader.submit(reader.get("/me/muted"), "main form[action=/me/muted]", Map.of("phrase", "x"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.document().title()).startsWith("Error:");
		reader.submit(refused, "form[action=/me/muted/delete]:has(input[value=relapse])", Map.of());
		assertThat(reader.get("/me/muted").document().select(".checklist").text()).doesNotContain("relapse");
	}

	@Test
	void mutingAMemberFoldsTheirThreadsAndPostsAwayAndTellsNoOne() {
		Accounts.Created writerAccount = this.accounts.create("loud");
		this.jdbc.update("update member set joined_at = now() - interval '30 days' where id = ?", writerAccount.id());
		WebSession writer = new WebSession(this.port);
		Accounts.signIn(writer, writerAccount.username(), Accounts.PASSWORD);
		Accounts.Created readerAccount = this.accounts.create("quiet");
		this.jdbc.update("update member set joined_at = now() - interval '30 days' where id = ?", readerAccount.id());
		WebSession reader = new WebSession(this.port);
		Accounts.signIn(reader, readerAccount.username(), Accounts.PASSWORD);

		Page thread = startThread(writer, SUPPORT, "Mornings are the hardest",
				"Does anyone else find the first hour of the day the hardest part?", "");
		reply(reader, reader.get(thread.path()), "Mornings are hard for me too. Tea helps a little.");
		reply(writer, writer.get(thread.path()), "Thanks, that is good to hear. Tea sounds nice.");

		String profile = "/community/members/" + writerAccount.username();
		Page muted = reader.submit(reader.get(profile), "main form[action$=/mute]", Map.of());
		assertThat(muted.path()).isEqualTo(profile);
		assertThat(muted.document().select(".notice").text()).contains("Muted", "they are not told");
		assertThat(muted.document().selectFirst("main form[action$=/mute] button").text())
			.isEqualTo("Unmute " + writerAccount.username());

		Page read = reader.get(thread.path());
		assertThat(read.document().select("article.post > details.muted summary").eachText())
			.as("the opening post and the reply by the muted member, not the reader's own")
			.containsExactly("A post by a member you muted. Open it to read it.",
					"A post by a member you muted. Open it to read it.");
		assertThat(read.document().select("article.post > details.muted").text()).contains("the first hour of the day");
		assertThat(read.document().select("article.post").stream().filter((post) -> post.text().contains("Tea helps")))
			.allSatisfy((post) -> assertThat(post.selectFirst("details.muted")).isNull());
		assertThat(reader.get(SUPPORT).document().select(".thread-row details.muted").eachText()).anyMatch(
				(row) -> row.contains("started by a member you muted") && row.contains("Mornings are the hardest"));
		assertThat(writer.get(thread.path()).document().select("details.muted")).as("the writer is not told").isEmpty();
		assertThat(writer.get(profile).document().select("main form[action$=/mute]")).as("no muting yourself")
			.isEmpty();
		assertThat(reader.get("/me/muted").document().select("main li a").eachText())
			.contains(writerAccount.username());

		assertThat(writer.getRaw("/account/export").body()).as("muting is not in the muted member's export")
			.contains("\"community_member_mute\": []")
			.doesNotContain(readerAccount.username());
		assertThat(reader.getRaw("/account/export").body()).contains("\"muted_id\": " + writerAccount.id());

		Page self = reader.post("/community/members/" + readerAccount.username() + "/mute", Map.of("mute", "true"));
		assertThat(self.document().select(".notice").text()).contains("can’t mute yourself or a moderator");
		Accounts.Created moderator = this.accounts.create("modmute", Role.MODERATOR);
		String moderatorProfile = "/community/members/" + moderator.username();
		assertThat(reader.get(moderatorProfile).document().select("main form[action$=/mute]")).isEmpty();
		reader.post(moderatorProfile + "/mute", Map.of("mute", "true"));
		assertThat(this.jdbc.queryForObject("select count(*) from community_member_mute where member_id = ?",
				Integer.class, readerAccount.id()))
			.as("only the writer is muted")
			.isEqualTo(1);
		Accounts.Created teen = this.accounts.create("teenmute", AgeBand.TEEN);
		assertThat(reader.post("/community/members/" + teen.username() + "/mute", Map.of("mute", "true")).status())
			.isEqualTo(404);

		Page mutedPage = reader.get("/me/muted");
		reader.submit(mutedPage, "form[action=/me/muted/members/delete]:has(input[value=" + writerAccount.id() + "])",
				Map.of());
		assertThat(reader.get(thread.path()).document().select("details.muted")).isEmpty();
		assertThat(reader.get("/me/muted").document().select("main li a").eachText())
			.doesNotContain(writerAccount.username());
	}

	@Test
	void crisisLanguageShowsCrisisLinesFirstAndPostingAnywayPutsItAtTheTopOfTheQueue(CapturedOutput output) {
		WebSession writer = member("crisis");
		String title = "Cant do this " + Accounts.username("t");
		Page interstitial = startThread(writer, SUPPORT, title, "I want to die tonight. I have made up my mind.", "");
		assertThat(interstitial.status()).isEqualTo(200);
		assertThat(interstitial.document().selectFirst("h1").text()).contains("are you safe right now");
		assertThat(interstitial.document().select(".help-box a[href^=tel:]")).isNotEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from community_thread where title = ?", Long.class, title))
			.as("nothing is posted yet")
			.isZero();

		Page editing = writer.submit(interstitial, "main form", Map.of("step", "edit"));
		assertThat(editing.document().selectFirst("textarea#body").text()).contains("I want to die tonight");
		assertThat(editing.document().selectFirst("input#title").val()).isEqualTo(title);

		Page posted = writer.submit(interstitial, "main form", Map.of("step", "posting-anyway"));
		assertThat(posted.path()).startsWith("/community/threads/");
		assertThat(posted.document().select("article.post").text()).contains("I want to die tonight");
		Long post = this.jdbc.queryForObject("""
				select p.id from community_post p join community_thread t on t.id = p.thread_id where t.title = ?""",
				Long.class, title);
		assertThat(this.jdbc.queryForObject("select state from community_post where id = ?", String.class, post))
			.isEqualTo("PUBLISHED");
		assertThat(this.jdbc.queryForObject(
				"select crisis from moderation_item where post_id = ? and closed_at is null", Boolean.class, post))
			.isTrue();
		assertThat(output.getAll()).as("the decision is logged with the rules, never the words")
			.contains("crisis-help-shown (rules: crisis:")
			.doesNotContain("I want to die tonight")
			.doesNotContain("made up my mind");
	}

	@Test
	void anEmergencyShowsTheEmergencyNumberBeforeAnythingElseAndGoesToTheTopOfTheQueue(CapturedOutput output) {
		WebSession writer = member("emergency");
		String title = "Help " + Accounts.username("t");
		String body = "I took all my tablets an hour ago and now I feel really dizzy and sick.";
		Page screen = startThread(writer, SUPPORT, title, body, "");
		assertThat(screen.document().selectFirst("h1").text()).contains("you may need emergency help now");
		Element first = screen.document().selectFirst("main a[href], main button");
		assertThat(first.attr("href")).as("the first control is the emergency number").isEqualTo("tel:999");
		assertThat(first.text()).isEqualTo("Call 999 now");
		assertThat(screen.document().select("main a[href=/help#wound-title]")).as("first aid").isNotEmpty();
		assertThat(screen.document().select("main .help-box a[href^=tel:]")).as("then the crisis lines").isNotEmpty();
		assertThat(screen.document().select("main form button").eachText()).containsExactly("Go back and change it",
				"Post it anyway");

		Page posted = writer.submit(screen, "main form", Map.of("step", "posting-anyway"));
		assertThat(posted.path()).startsWith("/community/threads/");
		assertThat(posted.document().select("main .help-box a[href^=tel:]")).as("help again after posting")
			.isNotEmpty();
		Long post = this.jdbc.queryForObject("""
				select p.id from community_post p join community_thread t on t.id = p.thread_id where t.title = ?""",
				Long.class, title);
		assertThat(this.jdbc.queryForMap("select emergency, crisis from moderation_item where post_id = ?", post))
			.containsEntry("emergency", true);
		assertThat(output.getAll()).contains("emergency-help-shown (rules: emergency:")
			.doesNotContain("dizzy and sick");
	}

	@Test
	void crisisComesBeforeMethodAndEveryPageAfterItStillShowsTheCrisisLines() {
		WebSession writer = member("crisismethod");
		String body = "I want to die, I have been stockpiling tablets for weeks.";
		Page help = startThread(writer, SUPPORT, "Done", body, "");
		assertThat(help.document().selectFirst("h1").text()).as("help before the method check")
			.contains("are you safe right now");
		Page held = writer.submit(help, "main form", Map.of("step", "posting-anyway"));
		assertThat(held.document().select(".notice").text()).contains("waiting for a moderator");
		assertThat(held.document().select("main .help-box a[href^=tel:]")).as("the held page has help too")
			.isNotEmpty();

		Page help2 = startThread(writer, "/community/parents-carers-friends", "Done", body, "");
		Page sentBack = writer.submit(help2, "main form", Map.of("step", "posting-anyway"));
		assertThat(sentBack.status()).isEqualTo(422);
		assertThat(sentBack.document().select(".error-summary").text()).contains("leave out the details");
		assertThat(sentBack.document().select("main .help-box a[href^=tel:]")).as("the form sent back has help too")
			.isNotEmpty();
	}

	@Test
	void aHitFromTheScreeningModelAloneIsHeldForAModeratorNeverSentBack() {
		Screening screening = this.context.getBean(Screening.class);
		String method = "its easier with the thing from the bathroom cabinet";
		String contact = "we could talk somewhere else";
		assertThat(screening.screen(method).onlyByModel(Screening.Kind.METHOD))
			.as("only the model flags this (pick another example if the model changes)")
			.isTrue();
		assertThat(screening.screen(contact).onlyByModel(Screening.Kind.CONTACT)).isTrue();
		WebSession writer = member("unsure");
		Page held = startThread(writer, "/community/parents-carers-friends", "Hmm", method, "");
		assertThat(held.status()).as("the space sends method detail back, but not on the model's word").isEqualTo(200);
		assertThat(held.document().select(".notice").text()).contains("waiting for a moderator");
		Page alsoHeld = startThread(writer, SUPPORT, "Talk", contact, "");
		assertThat(alsoHeld.status()).isEqualTo(200);
		assertThat(alsoHeld.document().select(".notice").text()).contains("waiting for a moderator");
		assertThat(alsoHeld.document().text()).doesNotContain("describe a way of self-harm");
	}

	/**
	 * The checks run before anything is saved, so the posting limits alone don't bound
	 * them: each member may send only so many that are never saved in an hour (30).
	 */
	@Test
	void sendingPostAfterPostThatIsNeverSavedIsLimited() {
		WebSession writer = member("checks");
		for (int i = 1; i <= 30; i++) {
			Page refused = startThread(writer, SUPPORT, "Numbers", "Text me on 07700 900" + (100 + i), "");
			assertThat(refused.status()).as("try %d", i).isEqualTo(422);
		}
		Page limited = startThread(writer, SUPPORT, "Numbers", "Text me on 07700 900200", "");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.document().select(".error-summary").text()).contains("sent a lot to be checked");
		assertThat(limited.document().selectFirst("textarea#body").text()).isEqualTo("Text me on 07700 900200");
	}

	/**
	 * A NUL byte or another control character, which PostgreSQL would refuse, is refused
	 * as the form is bound: the form comes back with the usual error summary and the
	 * words, never a server error.
	 */
	@Test
	void controlCharactersAnywhereGetTheFormBackNeverAServerError() {
		WebSession writer = member("nul");
		Page post = startThread(writer, SUPPORT, "Nul\u0000title", "A body with a nul\u0000 in it", "");
		assertThat(post.status()).isEqualTo(400);
		assertThat(post.errors()).contains("invisible control character");
		assertThat(post.document().select("main form")).isNotEmpty();

		Page muted = writer.submit(writer.get("/me/muted"), "main form[action=/me/muted]",
				Map.of("phrase", "bad\u0000word"));
		assertThat(muted.status()).isEqualTo(400);
		assertThat(muted.errors()).contains("invisible control character");
		assertThat(muted.document().selectFirst("#phrase").val()).isEqualTo("badword");

		Page thread = startThread(writer, SUPPORT, "Something to report", "A post someone will report.", "");
		long postId = Long.parseLong(thread.document().selectFirst("article.post").id().replace("post-", ""));
		WebSession reporter = member("nulreporter");
		Page reported = reporter.submit(reporter.get("/community/posts/" + postId + "/report"), "main form",
				Map.of("reason", "spam", "note", "see\u0007this\u0000"));
		assertThat(reported.status()).isEqualTo(400);
		assertThat(reported.errors()).contains("invisible control character");
	}

	@Test
	void contactDetailsAreRefusedWithTheReasonAndTheWordsKept() {
		WebSession writer = member("contact");
		String body = "Happy to chat more about gardening, my number is 07700 900123";
		Page refused = startThread(writer, SUPPORT, "Anyone want to talk", body, "");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.document().title()).startsWith("Error:");
		assertThat(refused.document().select(".error-summary").text()).contains("contact details");
		assertThat(refused.document().selectFirst("textarea#body").text()).isEqualTo(body);

		Page asked = writer.submit(refused, "main form", Map.of("step", "ask-moderator"));
		assertThat(asked.document().select(".notice").text()).contains("waiting for a moderator");
		assertThat(asked.document().select("article.post .badge").text()).contains("Waiting for a moderator");
		WebSession other = member("other");
		assertThat(other.get(asked.path()).status()).as("not listed, not theirs").isEqualTo(404);

		Page help = startThread(writer, SUPPORT, "Tonight", "I want to die tonight. Text me on 07700 900123", "");
		assertThat(help.document().selectFirst("h1").text()).as("help comes before any refusal")
			.contains("are you safe right now");
		Page stillRefused = writer.submit(help, "main form", Map.of("step", "posting-anyway"));
		assertThat(stillRefused.status()).isEqualTo(422);
		assertThat(stillRefused.document().selectFirst("textarea#body").text()).contains("I want to die tonight");
	}

	@Test
	void methodDetailIsHeldOrSentBackAsTheSpaceChooses() {
		WebSession writer = member("method");
		// Method detail and nothing more: an emergency or crisis would show help first.
		String body = "Last week I cut with a razor blade again and I hate it.";
		Page held = startThread(writer, SUPPORT, "Last night", body, "self-harm");
		assertThat(held.status()).isEqualTo(200);
		assertThat(held.document().select(".notice").text()).contains("waiting for a moderator");
		assertThat(this.jdbc.queryForObject("""
				select i.held from moderation_item i join community_post p on p.id = i.post_id
				where p.body = ? and i.closed_at is null""", String.class, body)).isEqualTo("METHOD");

		Page sentBack = startThread(writer, "/community/parents-carers-friends", "Worried about my son", body, "");
		assertThat(sentBack.status()).isEqualTo(422);
		assertThat(sentBack.document().select(".error-summary").text()).contains("leave out the details");
		assertThat(sentBack.document().selectFirst("textarea#body").text()).isEqualTo(body);
	}

	@Test
	void newAccountsHaveTighterLimitsAndSomeSpacesWaitAWeek() {
		Accounts.Created fresh = this.accounts.create("fresh");
		WebSession browser = new WebSession(this.port);
		Accounts.signIn(browser, fresh.username(), Accounts.PASSWORD);
		Page offTopic = startThread(browser, "/community/off-topic", "Hello", "My cat did a funny thing", "");
		assertThat(offTopic.status()).isEqualTo(403);
		assertThat(offTopic.document().select(".error-summary").text()).contains("account is a week old");
		assertThat(offTopic.document().selectFirst("textarea#body").text()).isEqualTo("My cat did a funny thing");
		for (int i = 1; i <= Spaces.NEW_ACCOUNT_POSTS_PER_HOUR; i++) {
			assertThat(startThread(browser, SUPPORT, "Post " + i, "Checking in, number " + i, "").status())
				.isEqualTo(200);
		}
		Page limited = startThread(browser, SUPPORT, "One more", "Still here and still typing", "");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.document().select(".error-summary").text()).contains("You can post again from");
		assertThat(limited.document().selectFirst("textarea#body").text()).isEqualTo("Still here and still typing");
	}

	@Test
	void writersChangeAndDeleteOnlyTheirOwnPostsAndModeratorsKeepTheEarlierVersions() {
		WebSession writer = member("editor");
		Page thread = startThread(writer, SUPPORT, "First title", "First words", "");
		String edit = thread.document().selectFirst("article.post a[href$=/edit]").attr("href");
		long post = Long.parseLong(edit.replaceAll("\\D", ""));
		WebSession other = member("notmine");
		assertThat(other.get(edit).status()).isEqualTo(404);
		assertThat(other.post(edit, Map.of("title", "Hijacked", "body", "Hijacked")).status()).isEqualTo(404);
		assertThat(other.post("/community/posts/" + post + "/delete", Map.of()).status()).isEqualTo(404);

		Page changed = writer.submit(writer.get(edit), "main form",
				Map.of("title", "Second title", "body", "Second words", "step", ""));
		assertThat(changed.document().selectFirst("h1").text()).isEqualTo("Second title");
		assertThat(changed.document().select("article.post").text()).contains("Second words", "(changed)");
		assertThat(
				this.jdbc.queryForList("select body from community_post_version where post_id = ?", String.class, post))
			.containsExactly("First words");

		Page deleted = writer.submit(writer.get("/community/posts/" + post + "/delete"), "main form", Map.of());
		assertThat(deleted.document().select(".notice").text()).contains("deleted");
		assertThat(this.jdbc.queryForObject("select body from community_post where id = ?", String.class, post))
			.isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from community_post_version where post_id = ?", Long.class,
				post))
			.isZero();
	}

	@Test
	void longThreadsArePagedAndALinkToAPostFindsItsPage() {
		WebSession writer = member("pager");
		Page thread = startThread(writer, SUPPORT, "A long one", "Opening words", "");
		long threadId = Long.parseLong(thread.path().replaceAll("\\D", ""));
		for (int i = 1; i <= Forum.POSTS_PER_PAGE + 5; i++) {
			this.jdbc.update("""
					insert into community_post (thread_id, author_id, opener, body, html, created_at, state)
					select ?, author_id, false, ?, ?, now() + make_interval(secs => ?), 'PUBLISHED'
					from community_thread where id = ?""", threadId, "Reply " + i, "<p>Reply " + i + "</p>", i,
					threadId);
		}
		Page first = writer.get(thread.path());
		assertThat(first.document().select("article.post")).hasSize(Forum.POSTS_PER_PAGE);
		Page second = writer.get(first.document().selectFirst("a:contains(Later posts)").attr("href"));
		assertThat(second.document().select("article.post")).hasSize(6);
		assertThat(second.document().select("article.post").last().text()).contains("Reply 55");
		Long last = this.jdbc.queryForObject(
				"select id from community_post where thread_id = ? order by created_at desc limit 1", Long.class,
				threadId);
		Page found = writer.get("/community/posts/" + last);
		assertThat(found.uri().getQuery()).isEqualTo("page=1");
	}

	@Test
	void teensAndAdultsNeverSeeEachOthersSpacesThreadsOrProfiles() {
		WebSession teen = member("teen", AgeBand.TEEN);
		WebSession adult = member("adult");
		assertThat(teen.get("/community").document().select(".card__title").eachText())
			.containsExactly("Teens (13–17)");
		assertThat(adult.get("/community").document().select(".card__title").eachText())
			.doesNotContain("Teens (13–17)");
		assertThat(adult.get("/community/teens").status()).isEqualTo(404);
		assertThat(adult.get("/community/teens/new").status()).isEqualTo(404);
		assertThat(teen.get(SUPPORT).status()).isEqualTo(404);

		Page waiting = startThread(teen, "/community/teens", "Exams", "Exams are stressing me out so much", "");
		assertThat(waiting.document().select(".notice").text()).as("the teen space reads every post first")
			.contains("waiting for a moderator");
		String path = waiting.path();
		long threadId = Long.parseLong(path.replaceAll("\\D", ""));
		this.jdbc.update("update community_post set state = 'PUBLISHED' where thread_id = ?", threadId);
		this.jdbc.update("update community_thread set listed = true where id = ?", threadId);
		assertThat(teen.get("/community/teens").document().select(".thread-row__title").eachText()).contains("Exams");
		assertThat(adult.get(path).status()).isEqualTo(404);
		assertThat(adult.post(path + "/reply", Map.of("body", "hi", "step", "")).status()).isEqualTo(404);
		Long post = this.jdbc.queryForObject("select id from community_post where thread_id = ?", Long.class, threadId);
		assertThat(adult.get("/community/posts/" + post).status()).isEqualTo(404);
		assertThat(adult.get("/community/posts/" + post + "/report").status()).isEqualTo(404);
		assertThat(adult.post("/community/posts/" + post + "/react", Map.of("kind", "HEAR")).status()).isEqualTo(404);
		String teenName = this.jdbc.queryForObject(
				"select m.username from member m join community_thread t on t.author_id = m.id where t.id = ?",
				String.class, threadId);
		assertThat(adult.get("/community/members/" + teenName).status()).isEqualTo(404);
		assertThat(adult.get("/community/members/" + teenName + "/report").status()).isEqualTo(404);
		assertThat(teen.get("/community/members/" + teenName).status()).isEqualTo(200);
	}

	@Test
	void visitorsSeeWhatTheCommunityIsButReadingNeedsAnAccount() {
		WebSession visitor = new WebSession(this.port);
		Page index = visitor.get("/community");
		assertThat(index.status()).isEqualTo(200);
		assertThat(index.document().select(".card__title").eachText()).contains("Self-harm support")
			.doesNotContain("Teens (13–17)");
		assertThat(index.document().text()).contains("not a crisis service");
		assertThat(visitor.get("/community/how-we-moderate").document().text()).contains("Monday to Friday");
		assertThat(visitor.get(SUPPORT).path()).isEqualTo("/account/sign-in");
	}

	@Test
	void onlyModeratorsReachTheQueue() {
		WebSession member = member("nosy");
		assertThat(member.get("/moderation").status()).isEqualTo(403);
		assertThat(member.get("/moderation/rules").status()).isEqualTo(403);
		assertThat(member.post("/moderation/threads/1/lock", Map.of()).status()).isEqualTo(403);
		Accounts.Created moderator = this.accounts.create("mod", Role.MODERATOR);
		WebSession staff = new WebSession(this.port);
		Accounts.signInAsStaff(staff, moderator.username(), null);
		assertThat(staff.get("/moderation").status()).isEqualTo(200);
	}

	@Test
	void leavingTheCommunityErasesPostsOrLeavesThemWithoutAName() {
		Accounts.Created eraser = this.accounts.create("eraser");
		this.jdbc.update("update member set joined_at = now() - interval '30 days' where id = ?", eraser.id());
		WebSession erasing = new WebSession(this.port);
		Accounts.signIn(erasing, eraser.username(), Accounts.PASSWORD);
		Page erased = startThread(erasing, SUPPORT, "Words to erase", "Please erase these words", "");
		WebSession replier = member("stays");
		Page withReply = reply(replier, replier.get(erased.path()), "A reply that stays");
		assertThat(withReply.status()).isEqualTo(200);

		Accounts.Created keeper = this.accounts.create("keeper");
		this.jdbc.update("update member set joined_at = now() - interval '30 days' where id = ?", keeper.id());
		WebSession keeping = new WebSession(this.port);
		Accounts.signIn(keeping, keeper.username(), Accounts.PASSWORD);
		Page kept = startThread(keeping, SUPPORT, "Words to keep",
				"Small steps every day. Thank you all for listening.", "");
		assertThat(kept.path()).as(kept.status() + " " + kept.redirects() + " " + kept.document().title())
			.startsWith("/community/threads/");

		Page form = erasing.get("/account/delete");
		assertThat(form.document().text()).contains("1");
		Page deleted = erasing.submit(form, "main form",
				Map.of("current", Accounts.PASSWORD, "contributions", "delete", "confirm", "true"));
		assertThat(deleted.path()).isEqualTo("/account/deleted");
		keeping.submit(keeping.get("/account/delete"), "main form",
				Map.of("current", Accounts.PASSWORD, "contributions", "anonymise", "confirm", "true"));

		Page gone = replier.get(erased.path());
		assertThat(gone.status()).as("the thread stays for the reply").isEqualTo(200);
		assertThat(gone.document().text()).doesNotContain("Please erase these words", "Words to erase")
			.contains("A reply that stays", "deleted by its writer");
		Page anonymous = replier.get(kept.path());
		assertThat(anonymous.document().select("article.post")).as(kept.path() + ": " + anonymous.document().text())
			.isNotEmpty();
		assertThat(anonymous.document().select("article.post").first().text()).contains("A former member",
				"Small steps every day. Thank you all for listening.");
	}

}
