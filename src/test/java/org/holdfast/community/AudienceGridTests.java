package org.holdfast.community;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.holdfast.IntegrationTest;
import org.holdfast.WebSession;
import org.holdfast.WebSession.Page;
import org.holdfast.account.Accounts;
import org.holdfast.account.AgeBand;
import org.holdfast.account.Role;
import org.holdfast.moderation.ModeratedPosts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audience rule, tried over HTTP: every kind of subject (spaces, threads listed or
 * not, posts up, hidden, deleted or in a thread taken down, profiles, a deleted writer's
 * work) against every kind of reader (a visitor, a teen, an adult, a moderator after
 * two-step sign-in, and an adult suspended from posting), for seeing, reporting,
 * supporting, replying and changing. The expected answers are written out by hand from
 * the rule in {@link Audience}'s words, not computed by it. A feature that shows members
 * something new (chat requests, chats, listener profiles, rooms) adds its rows here.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AudienceGridTests {

	static final String SUPPORT = "/community/self-harm-support";

	static final String TEENS = "/community/teens";

	/** Who is asking. */
	enum Reader {

		VISITOR, TEEN, ADULT, MODERATOR, SUSPENDED

	}

	/**
	 * What they get: the page (or a redirect to it), the same 404 as for nothing there,
	 * the sign-in page, or a refusal to post (403, with the reason).
	 */
	enum Answer {

		SHOWN, NOT_FOUND, SIGN_IN, REFUSED

	}

	/** One row: an attempt, and what each reader should get, in {@link Reader} order. */
	record Row(String name, Function<WebSession, Page> attempt, Answer[] expected) {
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ModeratedPosts moderated;

	private final Map<Reader, WebSession> readers = new EnumMap<>(Reader.class);

	private final List<Row> rows = new ArrayList<>();

	private Accounts accounts;

	@BeforeAll
	void setUp() {
		this.accounts = new Accounts(this.context);
		this.readers.put(Reader.VISITOR, new WebSession(this.port));
		this.readers.put(Reader.TEEN, member("gteen", AgeBand.TEEN).session());
		this.readers.put(Reader.ADULT, member("gadult", AgeBand.ADULT).session());
		Accounts.Created moderator = this.accounts.create("gmod", Role.MODERATOR);
		this.jdbc.update("update member set joined_at = now() - interval '30 days' where id = ?", moderator.id());
		WebSession moderating = new WebSession(this.port);
		Accounts.signInAsStaff(moderating, moderator.username(), null);
		this.readers.put(Reader.MODERATOR, moderating);
		Signed suspended = member("gsusp", AgeBand.ADULT);
		this.jdbc.update("""
				insert into community_suspension (member_id, starts_at, ends_at)
				values (?, now() - interval '1 hour', now() + interval '7 days')""", suspended.id());
		this.readers.put(Reader.SUSPENDED, suspended.session());

		// Writers, none of them a reader above.
		Signed adult = member("gwriter", AgeBand.ADULT);
		Signed other = member("gother", AgeBand.ADULT);
		Signed teen = member("gteenw", AgeBand.TEEN);

		long listed = thread(adult, SUPPORT, "A listed thread", "Today was long but I got through it.");
		long listedOpener = opener(listed);
		long reply = reply(other, listed, "Glad you got through it.");
		long hiddenReply = reply(other, listed, "A reply a moderator took down.");
		this.moderated.hide(hiddenReply);

		long teenThread = thread(teen, TEENS, "Exams", "Exams start next week and I feel wobbly.");
		long teenOpener = opener(teenThread);
		this.moderated.publish(teenOpener);

		long waiting = thread(adult, SUPPORT, "A thread held back", "Waiting for a moderator to read it.");
		this.moderated.hold(opener(waiting));

		long takenDown = thread(adult, SUPPORT, "A thread taken down", "A moderator will take this down.");
		long replyInTakenDown = reply(other, takenDown, "A reply that stays up in a thread taken down.");
		this.moderated.hide(opener(takenDown));

		Signed leaving = member("gleave", AgeBand.ADULT);
		long left = thread(leaving, SUPPORT, "A thread whose writer left", "Thanks for reading this.");
		long erased = opener(left);
		reply(other, left, "A reply to someone who left.");
		Signed anonymised = member("ganon", AgeBand.ADULT);
		long kept = thread(anonymised, SUPPORT, "A thread kept without a name", "Keeping this here for others.");
		deleteAccount(leaving, "delete");
		deleteAccount(anonymised, "anonymise");

		Answer shown = Answer.SHOWN;
		Answer gone = Answer.NOT_FOUND;
		Answer signIn = Answer.SIGN_IN;
		Answer refused = Answer.REFUSED;

		// reader order: visitor, teen, adult, moderator, suspended
		row("the community page lists the adult spaces", (s) -> listed(s, SUPPORT), shown, gone, shown, shown, shown);
		row("the community page lists the teen space", (s) -> listed(s, TEENS), gone, shown, gone, shown, gone);
		row("an adult space", (s) -> s.get(SUPPORT), signIn, gone, shown, shown, shown);
		row("the teen space", (s) -> s.get(TEENS), signIn, shown, gone, shown, gone);
		row("the form to start a thread in an adult space (it says why the suspended can't post)",
				(s) -> s.get(SUPPORT + "/new"), signIn, gone, shown, shown, shown);
		row("starting a thread in the teen space", (s) -> s.get(TEENS + "/new"), signIn, shown, gone, shown, gone);

		row("a listed adult thread", (s) -> s.get(thread(listed)), signIn, gone, shown, shown, shown);
		row("a listed teen thread", (s) -> s.get(thread(teenThread)), signIn, shown, gone, shown, gone);
		row("someone else's thread waiting for a moderator", (s) -> s.get(thread(waiting)), signIn, gone, gone, shown,
				gone);
		row("a thread whose opening post was taken down", (s) -> s.get(thread(takenDown)), signIn, gone, gone, shown,
				gone);
		row("a thread whose writer deleted their account, kept for its replies", (s) -> s.get(thread(left)), signIn,
				gone, shown, shown, shown);
		row("a thread whose writer left it without a name", (s) -> s.get(thread(kept)), signIn, gone, shown, shown,
				shown);

		row("a reply that is up", (s) -> s.get(post(reply)), signIn, gone, shown, shown, shown);
		row("a reply a moderator took down", (s) -> s.get(post(hiddenReply)), signIn, gone, gone, shown, gone);
		row("a reply that is up in a thread taken down", (s) -> s.get(post(replyInTakenDown)), signIn, gone, gone,
				shown, gone);
		row("the gap left by a deleted post", (s) -> s.get(post(erased)), signIn, gone, shown, shown, shown);
		row("a teen's post", (s) -> s.get(post(teenOpener)), signIn, shown, gone, shown, gone);

		row("reporting an adult's post", (s) -> s.get(post(listedOpener) + "/report"), signIn, gone, shown, shown,
				shown);
		row("reporting a teen's post", (s) -> s.get(post(teenOpener) + "/report"), signIn, shown, gone, shown, gone);
		row("reporting a reply a moderator took down", (s) -> s.get(post(hiddenReply) + "/report"), signIn, gone, gone,
				shown, gone);
		row("reporting a reply in a thread taken down (its title must not show)",
				(s) -> s.get(post(replyInTakenDown) + "/report"), signIn, gone, gone, shown, gone);
		row("reporting the gap left by a deleted post", (s) -> s.get(post(erased) + "/report"), signIn, gone, gone,
				shown, gone);

		row("support for an adult's post", (s) -> post(s, post(reply) + "/react", Map.of("kind", "HEAR")), signIn, gone,
				shown, shown, shown);
		row("support for a teen's post", (s) -> post(s, post(teenOpener) + "/react", Map.of("kind", "HEAR")), signIn,
				shown, gone, shown, gone);
		row("support for a reply a moderator took down",
				(s) -> post(s, post(hiddenReply) + "/react", Map.of("kind", "HEAR")), signIn, gone, gone, shown, gone);
		row("replying in an adult thread",
				(s) -> post(s, thread(listed) + "/reply", Map.of("body", "Sending you strength.", "step", "")), signIn,
				gone, shown, shown, refused);
		row("replying in a teen thread",
				(s) -> post(s, thread(teenThread) + "/reply", Map.of("body", "Good luck with exams.", "step", "")),
				signIn, shown, gone, shown, gone);
		row("replying in a thread taken down",
				(s) -> post(s, thread(takenDown) + "/reply", Map.of("body", "Hello?", "step", "")), signIn, gone, gone,
				shown, gone);
		row("changing someone else's post", (s) -> s.get(post(listedOpener) + "/edit"), signIn, gone, gone, gone, gone);
		row("deleting someone else's post", (s) -> s.get(post(listedOpener) + "/delete"), signIn, gone, gone, gone,
				gone);

		row("an adult's profile", (s) -> s.get(profile(adult)), signIn, gone, shown, shown, shown);
		row("a teen's profile", (s) -> s.get(profile(teen)), signIn, shown, gone, shown, gone);
		row("a moderator's profile", (s) -> s.get("/community/members/" + moderator.username()), signIn, shown, shown,
				shown, shown);
		row("the profile of a member who deleted their account", (s) -> s.get(profile(leaving)), signIn, gone, gone,
				gone, gone);
		row("reporting a teen's profile", (s) -> s.get(profile(teen) + "/report"), signIn, shown, gone, shown, gone);
		row("reporting an adult's profile", (s) -> s.get(profile(adult) + "/report"), signIn, gone, shown, shown,
				shown);
	}

	@Test
	void everyReaderGetsWhatTheAudienceRuleSaysForEverySubject() {
		List<String> wrong = new ArrayList<>();
		for (Row row : this.rows) {
			for (Reader reader : Reader.values()) {
				Page page = row.attempt().apply(this.readers.get(reader));
				Answer got = answer(page);
				Answer expected = row.expected()[reader.ordinal()];
				if (got != expected) {
					wrong.add(row.name() + ", " + reader + ": expected " + expected + ", got " + got + " ("
							+ page.status() + " at " + page.path() + ")");
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void aThreadTakenDownLeaksNothingThroughItsReplies() {
		// Issue 15.9: the report page of a reply named the thread it was in.
		String title = "A thread taken down";
		for (Reader reader : List.of(Reader.TEEN, Reader.ADULT, Reader.SUSPENDED)) {
			for (Row row : this.rows) {
				Page page = row.attempt().apply(this.readers.get(reader));
				if (row.name().contains("taken down")) {
					assertThat(page.body()).as(row.name() + ", " + reader).doesNotContain(title);
				}
			}
		}
	}

	private static Answer answer(Page page) {
		if (page.path().startsWith("/account/sign-in")) {
			return Answer.SIGN_IN;
		}
		return switch (page.status()) {
			case 200 -> Answer.SHOWN;
			case 404 -> Answer.NOT_FOUND;
			case 403 -> Answer.REFUSED;
			default -> throw new AssertionError(page.status() + " at " + page.path());
		};
	}

	private void row(String name, Function<WebSession, Page> attempt, Answer... expected) {
		assertThat(expected).as(name).hasSize(Reader.values().length);
		this.rows.add(new Row(name, attempt, expected));
	}

	/**
	 * Whether the community page names the space (visitors see names, members links):
	 * found as the page, or missing.
	 */
	private Page listed(WebSession session, String space) {
		String name = this.jdbc.queryForObject("select name from community_space where slug = ?", String.class,
				space.substring("/community/".length()));
		Page page = session.get("/community");
		boolean named = page.document().select("main .card__title").eachText().contains(name);
		return new Page(named ? 200 : 404, page.uri(), page.headers(), page.body(), page.redirects(),
				page.redirectHeaders());
	}

	private record Signed(long id, String username, WebSession session) {
	}

	/** A signed-in member whose account is past the new-account limits. */
	private Signed member(String prefix, AgeBand band) {
		Accounts.Created created = this.accounts.create(prefix, band);
		this.jdbc.update("update member set joined_at = now() - interval '30 days' where id = ?", created.id());
		WebSession session = new WebSession(this.port);
		Accounts.signIn(session, created.username(), Accounts.PASSWORD);
		return new Signed(created.id(), created.username(), session);
	}

	private static long thread(Signed writer, String space, String title, String body) {
		WebSession s = writer.session();
		Page page = s.submit(s.get(space + "/new"), "main form",
				Map.of("title", title, "body", body, "contentWarning", "", "step", ""));
		assertThat(page.path()).as(page.errors()).startsWith("/community/threads/");
		return Long.parseLong(page.path().replaceAll("\\D", ""));
	}

	private long reply(Signed writer, long thread, String body) {
		WebSession s = writer.session();
		Page page = s.submit(s.get(thread(thread)), "main form[action$=/reply]", Map.of("body", body, "step", ""));
		assertThat(page.status()).as(page.errors()).isEqualTo(200);
		return this.jdbc.queryForObject(
				"select max(id) from community_post where thread_id = ? and author_id = ? and not opener", Long.class,
				thread, writer.id());
	}

	private long opener(long thread) {
		return this.jdbc.queryForObject("select id from community_post where thread_id = ? and opener", Long.class,
				thread);
	}

	private static void deleteAccount(Signed member, String contributions) {
		WebSession s = member.session();
		Page deleted = s.submit(s.get("/account/delete"), "main form",
				Map.of("current", Accounts.PASSWORD, "contributions", contributions, "confirm", "true"));
		assertThat(deleted.path()).isEqualTo("/account/deleted");
	}

	private static String thread(long id) {
		return "/community/threads/" + id;
	}

	private static String post(long id) {
		return "/community/posts/" + id;
	}

	private static String profile(Signed member) {
		return "/community/members/" + member.username();
	}

	/** Posts with the token of a page anyone may open. */
	private static Page post(WebSession session, String path, Map<String, String> fields) {
		session.get("/help");
		return session.post(path, fields);
	}

}
