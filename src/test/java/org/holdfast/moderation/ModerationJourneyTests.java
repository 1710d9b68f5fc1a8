package org.holdfast.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.holdfast.IntegrationTest;
import org.holdfast.WebSession;
import org.holdfast.WebSession.Page;
import org.holdfast.account.Accounts;
import org.holdfast.account.AgeBand;
import org.holdfast.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Moderation from both sides: a report reaches the queue in order of risk, a moderator
 * decides, the writer gets a private notice with the reason, their crisis lines and a way
 * to appeal, the reporter sees the outcome, and every action is in the audit log. Also
 * the suspension ladder, locking, sending a post back for changes, and tuning the rules.
 */
@IntegrationTest
class ModerationJourneyTests {

	static final String SUPPORT = "/community/self-harm-support";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Moderation moderation;

	@Autowired
	PlatformTransactionManager transactions;

	Accounts accounts;

	WebSession moderator;

	long moderatorId;

	@BeforeEach
	void signInModerator() {
		this.accounts = new Accounts(this.context);
		Accounts.Created created = this.accounts.create("mod", Role.MODERATOR);
		this.moderatorId = created.id();
		this.moderator = new WebSession(this.port);
		Accounts.signInAsStaff(this.moderator, created.username(), null);
	}

	record Member(long id, String username, WebSession browser) {
	}

	Member member(String prefix) {
		Accounts.Created created = this.accounts.create(prefix, AgeBand.ADULT);
		this.jdbc.update("update member set joined_at = now() - interval '30 days' where id = ?", created.id());
		WebSession browser = new WebSession(this.port);
		Accounts.signIn(browser, created.username(), Accounts.PASSWORD);
		return new Member(created.id(), created.username(), browser);
	}

	static Page post(WebSession browser, String title, String body) {
		return browser.submit(browser.get(SUPPORT + "/new"), "main form",
				Map.of("title", title, "body", body, "contentWarning", "", "step", ""));
	}

	long postId(Page thread) {
		return Long.parseLong(thread.document().selectFirst("article.post").id().replace("post-", ""));
	}

	long itemFor(long post) {
		return this.jdbc.queryForObject("select id from moderation_item where post_id = ? and closed_at is null",
				Long.class, post);
	}

	/** Every item in the queue, in its order, page after page. */
	List<Long> queue() {
		List<Long> items = new java.util.ArrayList<>();
		String next = "/moderation";
		while (next != null) {
			Page page = this.moderator.get(next);
			page.document()
				.select(".queue .card__title a")
				.eachAttr("href")
				.forEach((href) -> items.add(Long.parseLong(href.replaceAll("\\D", ""))));
			org.jsoup.nodes.Element more = page.document().selectFirst("nav.pagination a:contains(More)");
			next = (more != null) ? more.attr("href") : null;
		}
		return items;
	}

	Page report(WebSession browser, long post, String reason, String note) {
		return browser.submit(browser.get("/community/posts/" + post + "/report"), "main form",
				Map.of("reason", reason, "note", note));
	}

	Page decide(long item, String decision, String reason) {
		return this.moderator.submit(this.moderator.get("/moderation/items/" + item),
				"main form[action^=/moderation/items]", Map.of("decision", decision, "reason", reason));
	}

	@Test
	void reportedPostIsHiddenTheWriterCanAppealAndTheReporterSeesTheOutcome() {
		Member writer = member("writer");
		Member reporter = member("reporter");
		Page thread = post(writer.browser(), "Rough day", "You are all useless and pathetic.");
		long post = postId(thread);

		Page reportForm = reporter.browser().get("/community/posts/" + post + "/report");
		assertThat(reportForm.document().select("input[name=reason]")).hasSizeGreaterThanOrEqualTo(8);
		Page noReason = reporter.browser().submit(reportForm, "main form", Map.of("note", "please look"));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.document().selectFirst("textarea#note").text()).isEqualTo("please look");
		Page sent = report(reporter.browser(), post, "unkind", "They called everyone useless.");
		assertThat(sent.path()).isEqualTo("/me/reports");
		assertThat(sent.document().select(".card").first().text()).contains("Waiting for a moderator");
		assertThat(report(reporter.browser(), post, "unkind", "").document().select(".notice").text())
			.contains("already reported");

		long item = itemFor(post);
		assertThat(queue()).contains(item);
		Page open = this.moderator.get("/moderation/items/" + item);
		assertThat(open.document().text()).contains("They called everyone useless.", "You are all useless");
		Page noReasonGiven = decide(item, "HIDE", "");
		assertThat(noReasonGiven.status()).isEqualTo(400);
		assertThat(noReasonGiven.document().select(".error-summary").text()).contains("Write a reason");
		Page hidden = decide(item, "HIDE", "Please be kind: calling people useless hurts.");
		assertThat(hidden.path()).isEqualTo("/moderation");
		assertThat(this.jdbc.queryForObject("select state from community_post where id = ?", String.class, post))
			.isEqualTo("HIDDEN");
		assertThat(reporter.browser().get(thread.path()).status()).as("the thread is no longer listed").isEqualTo(404);

		assertThat(writer.browser().get("/community").document().text()).contains("unread message");
		Page notices = writer.browser().get("/me/notices");
		Page notice = writer.browser().get(notices.document().selectFirst(".card a").attr("href"));
		assertThat(notice.document().text()).contains("A moderator hid your post",
				"Please be kind: calling people useless hurts.");
		assertThat(notice.document().select(".help-box a[href^=tel:]")).as("their crisis lines").isNotEmpty();
		Page emptyAppeal = writer.browser().submit(notice, "main form[action$=/appeal]", Map.of("appeal", " "));
		assertThat(emptyAppeal.status()).isEqualTo(400);
		Page appealed = writer.browser()
			.submit(notice, "main form[action$=/appeal]", Map.of("appeal", "I was upset, but I see it now. Sorry."));
		assertThat(appealed.document().text()).contains("A moderator will read your appeal");

		assertThat(reporter.browser().get("/me/reports").document().select(".card").first().text())
			.contains("A moderator took it down");

		long notice1 = this.jdbc.queryForObject("select id from moderation_notice where post_id = ?", Long.class, post);
		Page ownDecision = this.moderator.get("/moderation/appeals/" + notice1);
		assertThat(ownDecision.document().text()).contains("I was upset, but I see it now. Sorry.",
				"You made this decision");
		assertThat(ownDecision.document().select("main form")).as("no answer form for the one who decided").isEmpty();
		Page refused = this.moderator.post("/moderation/appeals/" + notice1,
				Map.of("outcome", "DECLINED", "answer", "No."));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.document().select(".error-summary").text())
			.contains("You made this decision, so another moderator answers the appeal");

		Accounts.Created second = this.accounts.create("modtwo", Role.MODERATOR);
		WebSession secondLook = new WebSession(this.port);
		Accounts.signInAsStaff(secondLook, second.username(), null);
		Page appealPage = secondLook.get("/moderation/appeals/" + notice1);
		assertThat(appealPage.document().text()).contains("I was upset, but I see it now. Sorry.");
		Page answered = secondLook.submit(appealPage, "main form",
				Map.of("outcome", "UPHELD", "answer", "Thank you. We have put it back."));
		assertThat(answered.path()).isEqualTo("/moderation");
		assertThat(this.jdbc.queryForObject("select state from community_post where id = ?", String.class, post))
			.isEqualTo("PUBLISHED");
		assertThat(writer.browser().get("/me/notices/" + notice1).document().text()).contains("Your appeal was upheld",
				"Thank you. We have put it back.");
		assertThat(secondLook.get("/account/export").body()).as("the moderator's export holds no one else's appeal")
			.doesNotContain("I was upset, but I see it now.");
		assertThat(writer.browser().get("/account/export").body()).contains("I was upset, but I see it now.");

		assertThat(this.jdbc.queryForList("select action from audit_event where actor_id = ? order by id", String.class,
				this.moderatorId))
			.contains("post.hidden")
			.doesNotContain("appeal.upheld", "appeal.declined");
		assertThat(this.jdbc.queryForList("select action from audit_event where actor_id = ? order by id", String.class,
				second.id()))
			.contains("appeal.upheld");
		assertThat(
				this.jdbc.queryForObject("select reason from audit_event where actor_id = ? and action = 'post.hidden'",
						String.class, this.moderatorId))
			.isEqualTo("Please be kind: calling people useless hurts.");
	}

	@Test
	void theQueuePutsAnEmergencyFirstThenCrisisThenMethodThenMostReportedThenOldest() {
		Member writer = member("queue");
		Member a = member("ra");
		Member b = member("rb");
		long reportedOnce = postId(post(writer.browser(), "One", "A post someone did not like."));
		report(a.browser(), reportedOnce, "spam", "");
		long reportedTwice = postId(post(writer.browser(), "Two", "Another post people did not like."));
		report(a.browser(), reportedTwice, "spam", "");
		report(b.browser(), reportedTwice, "unkind", "");
		// Method detail and nothing more: an emergency or crisis would come first.
		long method = postId(post(writer.browser(), "Three", "Last week I used a razor blade on my arm again."));
		Page crisis = writer.browser()
			.submit(post(writer.browser(), "Four", "I want to die tonight. Everything is ready."), "main form",
					Map.of("step", "posting-anyway"));
		long crisisPost = postId(crisis);
		Page emergency = writer.browser()
			.submit(post(writer.browser(), "Five", "I took all my tablets an hour ago and feel really sick."),
					"main form", Map.of("step", "posting-anyway"));
		long emergencyPost = postId(emergency);

		List<Long> order = queue();
		List<Long> ours = order.stream()
			.filter((i) -> List
				.of(itemFor(emergencyPost), itemFor(crisisPost), itemFor(method), itemFor(reportedTwice),
						itemFor(reportedOnce))
				.contains(i))
			.toList();
		assertThat(ours).containsExactly(itemFor(emergencyPost), itemFor(crisisPost), itemFor(method),
				itemFor(reportedTwice), itemFor(reportedOnce));
		assertThat(this.moderator.get("/moderation").document().select("main .badge").eachText())
			.contains("Urgent: may need emergency help now");
		assertThat(order.indexOf(itemFor(crisisPost))).as("crisis is above every older, non-crisis item")
			.isLessThanOrEqualTo(order.indexOf(itemFor(method)));
	}

	@Test
	void suspensionsClimbTheLadderAndASuspendedMemberCannotPostButKeepsTheirToolbox() {
		Member writer = member("ladder");
		long first = postId(post(writer.browser(), "A", "First post that breaks a rule."));
		this.moderator.post("/moderation/posts/" + first + "/review", Map.of());
		Page item = this.moderator.get("/moderation/items/" + itemFor(first));
		assertThat(item.document().text()).contains("This would be 14 days.");
		decide(itemFor(first), "SUSPEND", "Repeated unkind posts.");
		Page blocked = post(writer.browser(), "B", "Trying to post while suspended.");
		assertThat(blocked.status()).isEqualTo(403);
		assertThat(blocked.document().select(".error-summary").text()).contains("can’t post in the community until");
		assertThat(blocked.document().selectFirst("textarea#body").text()).isEqualTo("Trying to post while suspended.");
		assertThat(writer.browser().get("/me/safety-plan").status()).isEqualTo(200);
		assertThat(writer.browser().get("/me/journal").status()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject(
				"select extract(day from ends_at - starts_at)::int from community_suspension where member_id = ?",
				Integer.class, writer.id()))
			.isEqualTo(14);

		this.jdbc.update("update community_suspension set ends_at = now() - interval '1 minute' where member_id = ?",
				writer.id());
		long second = postId(post(writer.browser(), "C", "Back again."));
		this.moderator.post("/moderation/posts/" + second + "/review", Map.of());
		assertThat(this.moderator.get("/moderation/items/" + itemFor(second)).document().text())
			.contains("This would be 30 days.");
		decide(itemFor(second), "SUSPEND", "Again.");
		this.jdbc.update("update community_suspension set ends_at = now() - interval '1 minute' where member_id = ?",
				writer.id());
		long third = postId(post(writer.browser(), "D", "And again."));
		this.moderator.post("/moderation/posts/" + third + "/review", Map.of());
		assertThat(this.moderator.get("/moderation/items/" + itemFor(third)).document().text())
			.contains("This would be for good.");
		decide(itemFor(third), "SUSPEND", "For good.");
		assertThat(post(writer.browser(), "E", "Still here?").document().select(".error-summary").text())
			.contains("can no longer post");
		assertThat(this.jdbc.queryForList("select action from audit_event where subject_id = ? order by id",
				String.class, writer.id()))
			.filteredOn("member.community-suspended"::equals)
			.hasSize(3);
	}

	@Test
	void aLockedThreadTakesNoRepliesAndARevisionGoesBackToTheQueueWhenChanged() {
		Member writer = member("locks");
		Member other = member("replier");
		Page thread = post(writer.browser(), "Locked soon", "Words before the lock.");
		long threadId = Long.parseLong(thread.path().replaceAll("\\D", ""));
		Page locked = this.moderator.post("/moderation/threads/" + threadId + "/lock", Map.of("locked", "true"));
		assertThat(locked.document().select(".notice").text()).contains("locked");
		Page refused = other.browser()
			.post("/community/threads/" + threadId + "/reply", Map.of("body", "Can I still reply?", "step", ""));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.document().selectFirst("textarea#body").text()).isEqualTo("Can I still reply?");
		assertThat(other.browser().get(thread.path()).document().select("form[action$=/reply]")).isEmpty();

		long post = postId(thread);
		this.moderator.post("/moderation/posts/" + post + "/review", Map.of());
		decide(itemFor(post), "REVISION", "Please add a content warning.");
		assertThat(this.jdbc.queryForObject("select state from community_post where id = ?", String.class, post))
			.isEqualTo("REVISION");
		long notice = this.jdbc.queryForObject("select id from moderation_notice where post_id = ?", Long.class, post);
		Page asked = writer.browser().get("/me/notices/" + notice);
		Page form = writer.browser().get(asked.document().selectFirst("a.button[href$=/edit]").attr("href"));
		writer.browser()
			.submit(form, "main form",
					Map.of("contentWarning", "a hard day", "body", "Words after changes.", "step", ""));
		assertThat(this.jdbc.queryForObject("select state from community_post where id = ?", String.class, post))
			.isEqualTo("PENDING");
		assertThat(this.jdbc.queryForObject("select held from moderation_item where post_id = ? and closed_at is null",
				String.class, post))
			.isEqualTo("REVIEW_ASKED");
		decide(itemFor(post), "APPROVE", "");
		assertThat(this.jdbc.queryForObject("select state from community_post where id = ?", String.class, post))
			.isEqualTo("PUBLISHED");
	}

	@Test
	void moderatorsTuneTheRulesAndTheChangeAppliesAtOnce() {
		Member writer = member("tuned");
		String phrase = "zebra crossing " + Accounts.username("z").replace("-", "");
		Page plain = post(writer.browser(), "Crossing", "I saw a " + phrase + " today.");
		assertThat(plain.document().select(".notice").text()).contains("Your post is up");

		Page rules = this.moderator.get("/moderation/rules");
		assertThat(rules.document().select("textarea[name=pattern]")).hasSizeGreaterThan(30);
		Page bad = this.moderator.submit(rules, "main form[action=/moderation/rules]",
				Map.of("kind", "METHOD", "mode", "MATCH", "name", "zebra-test", "pattern", "(unclosed"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.document().selectFirst("#new-pattern").text()).isEqualTo("(unclosed");
		Page tooLong = this.moderator.submit(rules, "main form[action=/moderation/rules]",
				Map.of("kind", "METHOD", "mode", "MATCH", "name", "zebra-long", "pattern", "a".repeat(2001)));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.document().select(".error-summary").text()).contains("1 to 2,000 characters");
		String name = "zebra-" + Accounts.username("r").replace("-", "").substring(1);
		this.moderator.submit(rules, "main form[action=/moderation/rules]",
				Map.of("kind", "METHOD", "mode", "MATCH", "name", name, "pattern", "\\b" + phrase + "\\b"));
		Page tried = this.moderator.submit(this.moderator.get("/moderation/rules"),
				"main form[action=/moderation/rules/try]", Map.of("text", "Look, a " + phrase + "."));
		assertThat(tried.document().select(".notice").text()).contains("method:" + name);

		Page held = post(writer.browser(), "Crossing again", "Another " + phrase + " here.");
		assertThat(held.document().select(".notice").text()).contains("waiting for a moderator");

		long rule = this.jdbc.queryForObject("select id from screening_rule where name = ?", Long.class, name);
		Page off = this.moderator.submit(this.moderator.get("/moderation/rules"),
				"form[action=/moderation/rules/" + rule + "]", Map.of("active", "false"));
		assertThat(off.document().select(".notice").text()).contains("saved");
		assertThat(
				post(writer.browser(), "Crossing three", "A third " + phrase + ".").document().select(".notice").text())
			.contains("Your post is up");
		assertThat(this.jdbc.queryForList("select detail from audit_event where actor_id = ? order by id", String.class,
				this.moderatorId))
			.containsSubsequence(name, name + " off");
	}

	/** The false alarms the example check shows for a kind: "3 of 111" gives 3. */
	int falseAlarms(Page checked, String kind) {
		String cell = checked.document().select("#check-examples-" + kind + " td").get(1).text();
		return Integer.parseInt(cell.substring(0, cell.indexOf(' ')));
	}

	@Test
	void checkingTheRulesAgainstTheExamplesShowsARuleThatMisfires() {
		Page before = this.moderator.submit(this.moderator.get("/moderation/rules"),
				"main form[action=/moderation/rules/check]", Map.of());
		assertThat(before.document().select("table.checks")).as("the examples and every held-out set")
			.hasSize(1 + ScreeningCheck.HELD_OUT.size());
		assertThat(before.document().select("table.checks").first().select("tbody tr")).hasSize(5);
		assertThat(before.document().select("#check-d-stopped td").text().strip()).matches("\\d+ of \\d+");
		int alarms = falseAlarms(before, "CONTACT");
		String name = "too-broad-" + Accounts.username("b").replace("-", "").substring(1);
		this.moderator.submit(this.moderator.get("/moderation/rules"), "main form[action=/moderation/rules]",
				Map.of("kind", "CONTACT", "mode", "MATCH", "name", name, "pattern", "\\b(the|i|a)\\b"));
		long rule = this.jdbc.queryForObject("select id from screening_rule where name = ?", Long.class, name);
		try {
			Page after = this.moderator.submit(this.moderator.get("/moderation/rules"),
					"main form[action=/moderation/rules/check]", Map.of());
			assertThat(falseAlarms(after, "CONTACT")).isGreaterThan(alarms + 50);
			assertThat(after.document().select("details summary").eachText()).anyMatch((t) -> t.contains("Contact"));
		}
		finally {
			this.moderator.submit(this.moderator.get("/moderation/rules"),
					"form[action=/moderation/rules/" + rule + "]", Map.of("active", "false"));
		}
		assertThat(falseAlarms(this.moderator.submit(this.moderator.get("/moderation/rules"),
				"main form[action=/moderation/rules/check]", Map.of()), "CONTACT"))
			.isEqualTo(alarms);
	}

	@Test
	void moderatorsChangeASpacesSettingsAndTheyApplyAtOnce() {
		Member writer = member("settings");
		Page list = this.moderator.get("/moderation/spaces");
		assertThat(list.document().select("tbody tr")).hasSizeGreaterThanOrEqualTo(6);
		Page form = this.moderator.get("/moderation/spaces/recovery-stories");
		Page bad = this.moderator.submit(form, "main form", Map.of("postsPerHour", "lots", "methodPolicy", "HOLD"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.document().selectFirst("#postsPerHour").val()).isEqualTo("lots");
		try {
			this.moderator.submit(form, "main form", Map.of("premoderated", "true"));
			Page waiting = writer.browser()
				.submit(writer.browser().get("/community/recovery-stories/new"), "main form",
						Map.of("title", "Six months", "body", "Six months today. Small steps.", "step", ""));
			assertThat(waiting.document().select(".notice").text()).contains("waiting for a moderator");
			assertThat(this.jdbc.queryForObject("select detail from audit_event where action = 'space.changed' "
					+ "and actor_id = ? order by id desc limit 1", String.class, this.moderatorId))
				.startsWith("recovery-stories: premoderated true");
		}
		finally {
			this.moderator.submit(this.moderator.get("/moderation/spaces/recovery-stories"), "main form",
					Map.of("premoderated", "false"));
		}
	}

	@Test
	void theModeratorWhoDecidedAnswersTheAppealOnlyWhenThereIsNoOtherModerator() {
		Notices.Notice notice = new Notices.Notice(1, 2, null, Notices.Kind.HIDDEN, "A reason", Instant.now(), null,
				"An appeal", Instant.now(), null, null, "someone", this.moderatorId);
		Accounts.Created other = this.accounts.create("modother", Role.MODERATOR);
		assertThat(this.moderation.mayAnswer(notice, other.id())).as("another moderator").isTrue();
		assertThat(this.moderation.mayAnswer(notice, this.moderatorId)).as("the one who decided").isFalse();
		new TransactionTemplate(this.transactions).executeWithoutResult((tx) -> {
			this.jdbc.update(
					"update member set suspended_at = now(), suspension_reason = 'test' where id in "
							+ "(select member_id from member_role where role = 'MODERATOR' and member_id <> ?)",
					this.moderatorId);
			assertThat(this.moderation.mayAnswer(notice, this.moderatorId))
				.as("the only moderator left who is not suspended")
				.isTrue();
			tx.setRollbackOnly();
		});
		assertThat(this.moderation.mayAnswer(notice, this.moderatorId)).isFalse();
	}

}
