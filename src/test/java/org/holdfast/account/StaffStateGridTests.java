package org.holdfast.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.holdfast.IntegrationTest;
import org.holdfast.WebSession;
import org.holdfast.WebSession.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff power only after the second step: every staff-only power, tried by a staff member
 * who has signed in with only their password (stopped at two-step sign-in), is refused
 * exactly as for a member without the role; the same member after the second step has it.
 * A feature that adds a staff power adds its row here.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffStateGridTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AddressThrottle addresses;

	/** A staff power: what to do, and who must have passed the second step to do it. */
	record Power(String name, Role role, Function<WebSession, Page> attempt) {
	}

	private final List<Power> powers = new ArrayList<>();

	private final Map<Role, WebSession> passwordOnly = new java.util.EnumMap<>(Role.class);

	private final Map<Role, WebSession> secondStep = new java.util.EnumMap<>(Role.class);

	@BeforeAll
	void setUp() {
		this.addresses.forgetAll();
		Accounts accounts = new Accounts(this.context);
		for (Role role : List.of(Role.MODERATOR, Role.EDITOR, Role.ADMIN)) {
			String password = accounts.create("pw" + role.name().toLowerCase().charAt(0), role).username();
			WebSession session = new WebSession(this.port);
			Page landed = Accounts.signIn(session, password, Accounts.PASSWORD);
			assertThat(landed.path()).isEqualTo("/account/two-factor");
			this.passwordOnly.put(role, session);
			WebSession full = new WebSession(this.port);
			Accounts.signInAsStaff(full, accounts.create("ok" + role.name().toLowerCase().charAt(0), role).username(),
					null);
			this.secondStep.put(role, full);
		}
		// A teen's thread (the teen space reads every post first, so it waits) and an
		// adult's post held for method detail.
		Accounts.Created teen = accounts.create("teen", AgeBand.TEEN);
		WebSession teenSession = new WebSession(this.port);
		Accounts.signIn(teenSession, teen.username(), Accounts.PASSWORD);
		this.jdbc.update("update member set joined_at = now() - interval '30 days' where id = ?", teen.id());
		Page teenThread = teenSession.submit(teenSession.get("/community/teens/new"), "main form",
				Map.of("title", "School", "body", "School was long today.", "contentWarning", "", "step", ""));
		long teenThreadId = Long.parseLong(teenThread.path().replaceAll("\\D", ""));
		long teenPost = this.jdbc.queryForObject("select id from community_post where thread_id = ?", Long.class,
				teenThreadId);
		Accounts.Created adult = accounts.create("held");
		this.jdbc.update("update member set joined_at = now() - interval '30 days' where id = ?", adult.id());
		WebSession adultSession = new WebSession(this.port);
		Accounts.signIn(adultSession, adult.username(), Accounts.PASSWORD);
		Page held = adultSession.submit(adultSession.get("/community/self-harm-support/new"), "main form",
				Map.of("title", "Again", "body", "Last week I used a razor blade on my arm again.", "contentWarning",
						"", "step", ""));
		long heldThread = Long.parseLong(held.path().replaceAll("\\D", ""));
		long heldPost = this.jdbc.queryForObject("select id from community_post where thread_id = ?", Long.class,
				heldThread);
		long heldItem = this.jdbc.queryForObject(
				"select id from moderation_item where post_id = ? and closed_at is null", Long.class, heldPost);

		Role mod = Role.MODERATOR;
		add("read the teen space", mod, (s) -> s.get("/community/teens"));
		add("start a thread in the teen space", mod, (s) -> s.get("/community/teens/new"));
		add("read a teen's thread", mod, (s) -> s.get("/community/threads/" + teenThreadId));
		add("read a teen's profile", mod, (s) -> s.get("/community/members/" + teen.username()));
		add("report form of a teen's post", mod, (s) -> s.get("/community/posts/" + teenPost + "/report"));
		add("reply in a teen's thread", mod, (s) -> post(s, "/community/threads/" + teenThreadId + "/reply",
				Map.of("body", "Hello from a moderator", "step", "")));
		add("react in a teen's thread", mod,
				(s) -> post(s, "/community/posts/" + teenPost + "/react", Map.of("kind", "HEAR")));
		add("read a post held for moderation", mod, (s) -> s.get("/community/threads/" + heldThread));
		add("the moderation queue", mod, (s) -> s.get("/moderation"));
		add("an item in the queue", mod, (s) -> s.get("/moderation/items/" + heldItem));
		add("the screening rules", mod, (s) -> s.get("/moderation/rules"));
		add("try a sentence against the rules", mod,
				(s) -> post(s, "/moderation/rules/try", Map.of("text", "a sentence")));
		add("the spaces' settings", mod, (s) -> s.get("/moderation/spaces"));
		add("lock a thread", mod,
				(s) -> post(s, "/moderation/threads/" + heldThread + "/lock", Map.of("locked", "false")));
		add("the editor", Role.EDITOR, (s) -> s.get("/editor"));
		add("a new article", Role.EDITOR, (s) -> s.get("/editor/articles/new"));
		add("the member list", Role.ADMIN, (s) -> s.get("/admin/members"));
		add("the audit log", Role.ADMIN, (s) -> s.get("/admin/audit"));
	}

	private void add(String name, Role role, Function<WebSession, Page> attempt) {
		this.powers.add(new Power(name, role, attempt));
	}

	/** Posts with the token of a page the session may open. */
	private static Page post(WebSession session, String path, Map<String, String> fields) {
		session.get("/account");
		return session.post(path, fields);
	}

	@Test
	void noStaffPowerBeforeTheSecondStepAndEachOneAfterIt() {
		List<String> wrong = new ArrayList<>();
		for (Power power : this.powers) {
			Page refused = power.attempt().apply(this.passwordOnly.get(power.role()));
			boolean denied = refused.status() == 404 || refused.status() == 403
					|| refused.path().equals("/account/two-factor");
			if (!denied) {
				wrong.add("password only, " + power.role() + ": " + power.name() + " answered " + refused.status()
						+ " at " + refused.path());
			}
			Page allowed = power.attempt().apply(this.secondStep.get(power.role()));
			if (allowed.status() != 200 || allowed.path().equals("/account/two-factor")) {
				wrong.add("after the second step, " + power.role() + ": " + power.name() + " answered "
						+ allowed.status() + " at " + allowed.path());
			}
		}
		assertThat(wrong).isEmpty();
	}

}
