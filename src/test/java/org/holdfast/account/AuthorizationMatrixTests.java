package org.holdfast.account;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.holdfast.IntegrationTest;
import org.holdfast.SafetyBannerAssertions;
import org.holdfast.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may open what: {anonymous, member A, member B, moderator, editor, admin} × every
 * protected page, and every page about an account shows only the signed-in member's own
 * data. Staff here have passed two-step sign-in.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	private static final int OK = 200;

	/** Sent to sign in. */
	private static final int SIGN_IN = 1;

	/** Sent to {@code /account}: the two-step page is for staff. */
	private static final int TO_ACCOUNT = 2;

	private static final int FORBIDDEN = 403;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AddressThrottle addresses;

	private final Map<String, WebSession> actors = new LinkedHashMap<>();

	private Accounts.Created memberA;

	private Accounts.Created memberB;

	@BeforeAll
	void signEveryoneIn() {
		this.addresses.forgetAll();
		Accounts accounts = new Accounts(this.context);
		this.memberA = accounts.create("a");
		this.memberB = accounts.create("b", AgeBand.TEEN);
		this.actors.put("anonymous", new WebSession(this.port));
		this.actors.put("member A", signedIn(this.memberA.username()));
		this.actors.put("member B", signedIn(this.memberB.username()));
		this.actors.put("moderator", staff(accounts.create("mod", Role.MODERATOR).username()));
		this.actors.put("editor", staff(accounts.create("ed", Role.EDITOR).username()));
		this.actors.put("admin", staff(accounts.create("adm", Role.ADMIN).username()));
	}

	@Test
	void everyProtectedPageAnswersEachActorAsExpected() {
		Map<String, List<Integer>> expected = new LinkedHashMap<>();
		// anonymous, member A, member B, moderator, editor, admin
		List<Integer> members = List.of(SIGN_IN, OK, OK, OK, OK, OK);
		for (String page : List.of("/account", "/account/password", "/account/recovery-codes", "/account/preferences",
				"/account/delete", "/account/export", "/me", "/me/safety-plan/edit", "/me/journal", "/me/journal/new",
				"/me/activities")) {
			expected.put(page, members);
		}
		expected.put("/account/two-factor", List.of(SIGN_IN, TO_ACCOUNT, TO_ACCOUNT, OK, OK, OK));
		List<Integer> admins = List.of(SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK);
		expected.put("/admin/members", admins);
		expected.put("/admin/members/" + this.memberA.username(), admins);
		expected.put("/admin/audit", admins);
		expected.put("/moderation/queue", List.of(SIGN_IN, FORBIDDEN, FORBIDDEN, 404, FORBIDDEN, FORBIDDEN));
		List<Integer> moderators = List.of(SIGN_IN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN);
		expected.put("/moderation", moderators);
		expected.put("/moderation/rules", moderators);
		for (String page : List.of("/me/muted", "/me/reports", "/me/notices",
				"/community/members/" + this.memberA.username())) {
			expected.put(page, members);
		}
		// member B is 13 to 17: teen and adult spaces are kept apart; moderators see both
		List<Integer> adults = List.of(SIGN_IN, OK, 404, OK, OK, OK);
		List<Integer> teens = List.of(SIGN_IN, 404, OK, OK, 404, 404);
		for (String space : List.of("self-harm-support", "recovery-stories", "parents-carers-friends", "support-plus",
				"off-topic")) {
			expected.put("/community/" + space, adults);
			expected.put("/community/" + space + "/new", adults);
		}
		expected.put("/community/teens", teens);
		expected.put("/community/members/" + this.memberA.username(), adults);
		expected.put("/community/teens/new", teens);
		expected.put("/community/members/" + this.memberB.username(), List.of(SIGN_IN, 404, OK, OK, 404, 404));
		List<Integer> editors = List.of(SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN);
		for (String page : List.of("/editor", "/editor/articles/new", "/editor/topics", "/editor/contributors",
				"/editor/paths", "/editor/paths/new", "/editor/contributors/holdfast-editorial-team",
				"/editor/activities", "/editor/activities/new")) {
			expected.put(page, editors);
		}

		List<String> names = List.copyOf(this.actors.keySet());
		expected.forEach((page, outcomes) -> {
			for (int i = 0; i < names.size(); i++) {
				HttpResponse<String> response = this.actors.get(names.get(i)).getRaw(page);
				String as = names.get(i) + " GET " + page;
				switch (outcomes.get(i)) {
					case SIGN_IN -> assertRedirect(response, "/account/sign-in", as);
					case TO_ACCOUNT -> assertRedirect(response, "/account", as);
					default -> {
						assertThat(response.statusCode()).as(as).isEqualTo(outcomes.get(i));
						if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
							SafetyBannerAssertions.assertSafetyLayer(Jsoup.parse(response.body()), "tel:116123", as);
						}
					}
				}
			}
		});
	}

	@Test
	void onlyModeratorsActOnTheQueue() {
		for (String actor : List.of("member A", "member B", "editor", "admin")) {
			WebSession session = this.actors.get(actor);
			session.get("/account");
			for (String action : List.of("/moderation/items/1", "/moderation/posts/1/review",
					"/moderation/threads/1/lock", "/moderation/appeals/1", "/moderation/rules", "/moderation/rules/1",
					"/moderation/rules/try")) {
				assertThat(session.post(action, Map.of("decision", "HIDE", "reason", "x", "pattern", "x")).status())
					.as(actor + " POST " + action)
					.isEqualTo(FORBIDDEN);
			}
		}
	}

	@Test
	void onlyAnAdminCanChangeAnotherMembersAccount() {
		for (String actor : List.of("member B", "moderator", "editor")) {
			WebSession session = this.actors.get(actor);
			session.get("/account");
			WebSession.Page answer = session.post("/admin/members/" + this.memberA.username() + "/grant",
					Map.of("role", "ADMIN", "reason", "let me in"));
			assertThat(answer.status()).as(actor).isEqualTo(FORBIDDEN);
		}
		WebSession.Page anonymous = this.actors.get("anonymous")
			.post("/admin/members/" + this.memberA.username() + "/suspend", Map.of("reason", "x"));
		assertThat(anonymous.status()).isEqualTo(FORBIDDEN);
	}

	@Test
	void eachMembersPagesShowOnlyTheirOwnData() {
		for (String page : List.of("/account", "/account/export")) {
			String a = this.actors.get("member A").getRaw(page).body();
			String b = this.actors.get("member B").getRaw(page).body();
			assertThat(a).as(page).contains(this.memberA.username()).doesNotContain(this.memberB.username());
			assertThat(b).as(page).contains(this.memberB.username()).doesNotContain(this.memberA.username());
		}
	}

	@Test
	void pagesAboutAnAccountAreNeverCached() {
		for (String page : List.of("/account", "/account/export", "/account/recovery-codes")) {
			assertThat(this.actors.get("member A").getRaw(page).headers().firstValue("Cache-Control")).as(page)
				.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		}
	}

	private void assertRedirect(HttpResponse<String> response, String path, String as) {
		assertThat(response.statusCode()).as(as).isEqualTo(302);
		assertThat(URI.create(response.headers().firstValue("Location").orElseThrow()).getPath()).as(as)
			.isEqualTo(path);
	}

	private WebSession signedIn(String username) {
		WebSession session = new WebSession(this.port);
		assertThat(Accounts.signIn(session, username, Accounts.PASSWORD).path()).isEqualTo("/account");
		return session;
	}

	private WebSession staff(String username) {
		WebSession session = new WebSession(this.port);
		Accounts.signInAsStaff(session, username, null);
		return session;
	}

}
