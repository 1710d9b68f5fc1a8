package org.holdfast.community;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.holdfast.IntegrationTest;
import org.holdfast.LiveMarkup;
import org.holdfast.WebSession;
import org.holdfast.WebSession.Page;
import org.holdfast.account.Accounts;
import org.holdfast.account.Role;
import org.holdfast.markdown.MarkdownTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored-XSS payloads go everywhere a person writes in the community and its
 * moderation (thread titles, post bodies, content warnings, report notes, muted words,
 * appeals, a moderator's reason and answer) and are checked on every page that shows
 * them, to members and to moderators: no live markup, ever.
 */
@IntegrationTest
class CommunityXssTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void payloadsInEveryCommunityFieldAreShownAsTextOnEveryPage() {
		Accounts accounts = new Accounts(this.context);
		// A space of this test's own, with room for every payload in an hour.
		String slug = "xss-" + Accounts.username("s").substring(2);
		this.jdbc.update("""
				insert into community_space (slug, name, description, guidelines, audience, premoderated,
				  new_accounts_may_post, method_policy, posts_per_hour, new_account_posts_per_hour, position)
				values (?, 'XSS test space', 'Test', '- be kind', 'ADULT', false, true, 'HOLD', 1000, 1000, 999)""",
				slug);
		Accounts.Created writer = accounts.create("xsswriter");
		WebSession browser = new WebSession(this.port);
		Accounts.signIn(browser, writer.username(), Accounts.PASSWORD);
		Accounts.Created reader = accounts.create("xssreader");
		WebSession readerBrowser = new WebSession(this.port);
		Accounts.signIn(readerBrowser, reader.username(), Accounts.PASSWORD);
		Accounts.Created moderator = accounts.create("xssmod", Role.MODERATOR, Role.ADMIN);
		WebSession staff = new WebSession(this.port);
		Accounts.signInAsStaff(staff, moderator.username(), null);
		// appeals go to a moderator other than the one who decided
		Accounts.Created secondModerator = accounts.create("xssmodb", Role.MODERATOR);
		WebSession secondLook = new WebSession(this.port);
		Accounts.signInAsStaff(secondLook, secondModerator.username(), null);

		Set<String> threads = new LinkedHashSet<>();
		List<String> payloads = MarkdownTests.XSS;
		assertThat(payloads).hasSizeGreaterThanOrEqualTo(50);
		for (String payload : payloads) {
			Page page = browser.submit(browser.get("/community/" + slug + "/new"), "main form",
					Map.of("title", payload, "body", payload, "contentWarning", payload, "step", ""));
			LiveMarkup.assertNone(page.document(), "thread " + payload);
			if (page.status() == 422 || page.document().selectFirst("button[value=posting-anyway]") != null) {
				page = browser.submit(page, "main form", Map.of("step", "ask-moderator"));
				LiveMarkup.assertNone(page.document(), "thread sent to a moderator " + payload);
			}
			if (page.path().startsWith("/community/threads/")) {
				threads.add(page.path());
				Page replied = browser.submit(page, "main form[action$=/reply]", Map.of("body", payload,
						"contentWarning", payload.length() > 100 ? payload.substring(0, 100) : payload, "step", ""));
				LiveMarkup.assertNone(replied.document(), "reply " + payload);
			}
			Page muted = readerBrowser.submit(readerBrowser.get("/me/muted"), "main form[action=/me/muted]",
					Map.of("phrase", payload));
			LiveMarkup.assertNone(muted.document(), "muted " + payload);
		}
		assertThat(threads).as("most payloads make a thread (titles over 150 characters come back)")
			.hasSizeGreaterThan(payloads.size() / 2);

		List<Long> posts = this.jdbc.queryForList("""
				select p.id from community_post p join community_thread t on t.id = p.thread_id
				join community_space s on s.id = t.space_id where s.slug = ? order by p.id""", Long.class, slug);
		for (int i = 0; i < Math.min(posts.size(), payloads.size()); i++) {
			Page report = readerBrowser.get("/community/posts/" + posts.get(i) + "/report");
			if (report.status() == 200) {
				Page sent = readerBrowser.submit(report, "main form",
						Map.of("reason", "other", "note", payloads.get(i)));
				LiveMarkup.assertNone(sent.document(), "report " + payloads.get(i));
			}
		}
		for (String path : List.of("/community/" + slug, "/community/" + slug + "?page=1",
				"/community/" + slug + "?page=2", "/me/muted", "/me/reports",
				"/community/members/" + writer.username())) {
			Page page = readerBrowser.get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			LiveMarkup.assertNone(page.document(), path);
		}
		for (String thread : threads) {
			LiveMarkup.assertNone(readerBrowser.get(thread).document(), thread);
			LiveMarkup.assertNone(staff.get(thread).document(), "moderator " + thread);
		}
		assertThat(readerBrowser.get("/community/" + slug).document().text()).contains("<script>alert(1)</script>");

		// The moderators' side: the queue, each item (with the notes), a decision with a
		// payload as its reason, the writer's notice, an appeal and its answer.
		Page queue = staff.get("/moderation");
		LiveMarkup.assertNone(queue.document(), "queue");
		List<Long> items = this.jdbc.queryForList("""
				select i.id from moderation_item i join community_post p on p.id = i.post_id
				join community_thread t on t.id = p.thread_id join community_space s on s.id = t.space_id
				where s.slug = ? and i.closed_at is null order by i.id""", Long.class, slug);
		assertThat(items).isNotEmpty();
		for (int i = 0; i < items.size(); i++) {
			Page item = staff.get("/moderation/items/" + items.get(i));
			LiveMarkup.assertNone(item.document(), "item " + items.get(i));
			if (i < 6) {
				String reason = payloads.get(i);
				Page refused = staff.submit(item, "main form[action^=/moderation/items]", Map.of("reason", reason));
				LiveMarkup.assertNone(refused.document(), "decision refused " + reason);
				staff.submit(item, "main form[action^=/moderation/items]",
						Map.of("decision", "HIDE", "reason", reason));
			}
		}
		List<Long> notices = this.jdbc.queryForList("select id from moderation_notice where member_id = ? order by id",
				Long.class, writer.id());
		assertThat(notices).isNotEmpty();
		for (int i = 0; i < notices.size(); i++) {
			Page notice = browser.get("/me/notices/" + notices.get(i));
			LiveMarkup.assertNone(notice.document(), "notice " + i);
			Page appealed = browser.submit(notice, "main form[action$=/appeal]",
					Map.of("appeal", payloads.get(i + 10)));
			LiveMarkup.assertNone(appealed.document(), "appeal " + i);
			LiveMarkup.assertNone(staff.get("/moderation/appeals/" + notices.get(i)).document(),
					"appeal page for the one who decided " + i);
			Page appeal = secondLook.get("/moderation/appeals/" + notices.get(i));
			LiveMarkup.assertNone(appeal.document(), "appeal page " + i);
			secondLook.submit(appeal, "main form", Map.of("outcome", "DECLINED", "answer", payloads.get(i + 20)));
			LiveMarkup.assertNone(browser.get("/me/notices/" + notices.get(i)).document(), "answer " + i);
		}
		LiveMarkup.assertNone(browser.get("/me/notices").document(), "notices");
		LiveMarkup.assertNone(staff.get("/moderation").document(), "queue after");
		LiveMarkup.assertNone(staff.get("/admin/audit").document(), "audit log");
	}

}
