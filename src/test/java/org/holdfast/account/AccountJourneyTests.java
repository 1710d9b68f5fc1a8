package org.holdfast.account;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.holdfast.IntegrationTest;
import org.holdfast.WebSession;
import org.holdfast.WebSession.Page;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** What a member does with their account, through the real pages on a real database. */
@IntegrationTest
class AccountJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AddressThrottle addresses;

	Accounts accounts;

	@BeforeEach
	void setUp() {
		this.accounts = new Accounts(this.context);
		this.addresses.forgetAll();
	}

	private WebSession browser() {
		return new WebSession(this.port);
	}

	@Test
	void signUpShowsTenRecoveryCodesOnceThenTheMemberCanSignOutAndBackIn() {
		WebSession browser = browser();
		String username = Accounts.username("journey");
		Page form = browser.get("/account/sign-up");
		assertThat(form.document().selectFirst("#username-hint").text()).matches(".*Try [a-z]+-[a-z]+-[0-9]{2}$");
		Page codes = browser.submit(form, "main form", Map.of("username", username.toUpperCase(), "password",
				Accounts.PASSWORD, "ageBand", "TEEN", "guidelines", "true", "privacy", "true"));

		assertThat(codes.path()).isEqualTo("/account/recovery-codes/new");
		List<String> shown = codes.document().select("ol.codes code").eachText();
		assertThat(shown).hasSize(10)
			.doesNotHaveDuplicates()
			.allMatch((code) -> code.matches("([0-9a-z]{5}-){4}[0-9a-z]{5}"));
		assertThat(codes.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((v) -> assertThat(v).contains("no-store"));
		assertThat(this.jdbc.queryForList(
				"select code_hash from recovery_code c join member m on m.id = c.member_id where m.username = ?",
				String.class, username))
			.hasSize(10)
			.noneMatch((hash) -> shown.stream().anyMatch((code) -> hash.contains(code.replace("-", ""))));
		assertThat(browser.get("/account/recovery-codes/new").path()).as("shown only once")
			.isEqualTo("/account/recovery-codes");

		Page account = browser.get("/account");
		assertThat(account.document().select(".summary-list").text()).contains(username, "13 to 17", "10 unused");

		Page signedOut = browser.submit(account, "form[action=/account/sign-out]", Map.of());
		assertThat(signedOut.path()).isEqualTo("/account/signed-out");
		assertThat(signedOut.allHeaders("Clear-Site-Data")).contains("\"cache\", \"cookies\", \"storage\"");
		assertThat(browser.get("/account").path()).isEqualTo("/account/sign-in");

		Page back = Accounts.signIn(browser, username, Accounts.PASSWORD);
		assertThat(back.path()).isEqualTo("/account");
	}

	@Autowired
	SignUpLimit signUps;

	@Test
	void oneAddressCannotCreateEndlessAccounts() {
		try {
			for (int i = 0; i < 30; i++) {
				this.signUps.signedUp("127.0.0.1");
				this.signUps.signedUp("0:0:0:0:0:0:0:1");
			}
			Integer before = this.jdbc.queryForObject("select count(*) from member", Integer.class);
			WebSession browser = browser();
			Page refused = browser.submit(browser.get("/account/sign-up"), "main form",
					Map.of("username", Accounts.username("bot"), "password", Accounts.PASSWORD, "ageBand", "ADULT",
							"guidelines", "true", "privacy", "true"));
			assertThat(refused.status()).isEqualTo(429);
			assertThat(refused.errors()).contains("Many accounts have been created from this network");
			assertThat(refused.document().select("main form")).isNotEmpty();
			assertThat(this.jdbc.queryForObject("select count(*) from member", Integer.class)).isEqualTo(before);
		}
		finally {
			this.signUps.forgetAll();
		}
	}

	@Test
	void aNameThatReadsLikeAMembersNameIsTaken() {
		Accounts.Created member = this.accounts.create("amber");
		String lookalike = member.username().replace('o', '0').replace('-', '_').replace('l', '1');
		assertThat(lookalike).isNotEqualTo(member.username());
		WebSession browser = browser();
		Page refused = browser.submit(browser.get("/account/sign-up"), "main form", Map.of("username", lookalike,
				"password", Accounts.PASSWORD, "ageBand", "ADULT", "guidelines", "true", "privacy", "true"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errors()).contains("reads too like one that is");
		this.signUps.forgetAll();
	}

	@Test
	void learningThatANameIsTakenCountsTowardsTheSignUpLimit() {
		Accounts.Created taken = this.accounts.create("taken");
		try {
			WebSession prober = browser();
			Page page = null;
			for (int i = 0; i <= 30; i++) {
				page = prober.submit(prober.get("/account/sign-up"), "main form", Map.of("username", taken.username(),
						"password", Accounts.PASSWORD, "ageBand", "ADULT", "guidelines", "true", "privacy", "true"));
			}
			assertThat(page.status()).isEqualTo(429);
			assertThat(page.errors()).doesNotContain("taken");
		}
		finally {
			this.signUps.forgetAll();
		}
	}

	/**
	 * Behind a proxy whose forwarded headers Holdfast was not told to trust, every
	 * request seems to come from the proxy: one stranger's failures must not shut every
	 * member out.
	 */
	@Test
	void behindAnUntrustedProxyOneStrangerCannotShutEveryoneOut() {
		WebSession stranger = browser().header("X-Forwarded-For", "203.0.113.9");
		for (int i = 0; i < 25; i++) {
			Accounts.signIn(stranger, Accounts.username("spray"), "wrong guess number " + i);
		}
		Accounts.Created member = this.accounts.create("behind");
		WebSession throughTheProxy = browser().header("X-Forwarded-For", "198.51.100.4");
		assertThat(Accounts.signIn(throughTheProxy, member.username(), Accounts.PASSWORD).path()).isEqualTo("/account");
	}

	@Test
	void anUnknownUsernameAndAWrongPasswordGetTheSameAnswer() {
		Accounts.Created member = this.accounts.create("same");
		Page wrongPassword = Accounts.signIn(browser(), member.username(), "not the right password at all");
		Page unknownUser = Accounts.signIn(browser(), Accounts.username("nobody"), Accounts.PASSWORD);
		assertThat(wrongPassword.status()).isEqualTo(unknownUser.status()).isEqualTo(400);
		assertThat(wrongPassword.errors()).isEqualTo(unknownUser.errors()).contains("don’t match");
		assertThat(wrongPassword.document().selectFirst("title").text()).startsWith("Error: ");
		assertThat(wrongPassword.document().select("#password").val()).as("password never sent back").isEmpty();
	}

	@Test
	void failedAttemptsBackOffPerUsernameWhetherOrNotItExistsButNeverForOthers() {
		Accounts.Created member = this.accounts.create("guess");
		String nobody = Accounts.username("nobody");
		for (String username : List.of(member.username(), nobody)) {
			WebSession attacker = browser();
			for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS; i++) {
				assertThat(Accounts.signIn(attacker, username, "wrong guess number " + i).status()).isEqualTo(400);
			}
			Page slowed = Accounts.signIn(attacker, username, "wrong guess number six");
			assertThat(slowed.status()).as(username).isEqualTo(429);
			assertThat(slowed.errors()).contains("Too many attempts. Wait a minute");
		}
		assertThat(Accounts.signIn(browser(), member.username(), Accounts.PASSWORD).status())
			.as("even the right password waits: no oracle")
			.isEqualTo(429);
		Accounts.Created other = this.accounts.create("other");
		assertThat(Accounts.signIn(browser(), other.username(), Accounts.PASSWORD).path()).isEqualTo("/account");
	}

	/**
	 * Strangers guessing at a member's password slow down the guessing, not the member: a
	 * browser the member signed in from recently is not held back.
	 */
	@Test
	void strangersGuessingCannotKeepAMemberOutOfTheirOwnBrowser() {
		Accounts.Created member = this.accounts.create("kept");
		WebSession own = browser();
		assertThat(Accounts.signIn(own, member.username(), Accounts.PASSWORD).path()).isEqualTo("/account");
		assertThat(own.cookie(KnownDevices.COOKIE)).isPresent();
		own.forgetCookie("hf_session");
		WebSession stranger = browser();
		for (int i = 0; i <= SignInThrottle.FREE_ATTEMPTS; i++) {
			Accounts.signIn(stranger, member.username(), "wrong guess number " + i);
		}
		assertThat(Accounts.signIn(browser(), member.username(), Accounts.PASSWORD).status())
			.as("another browser still waits")
			.isEqualTo(429);
		assertThat(Accounts.signIn(own, member.username(), "not my password at all").status())
			.as("the password is still checked")
			.isEqualTo(400);
		assertThat(Accounts.signIn(own, member.username(), Accounts.PASSWORD).path()).isEqualTo("/account");
		assertThat(this.jdbc.queryForObject("select count(*) from known_device where member_id = ?", Long.class,
				member.id()))
			.isEqualTo(1);
		own.post("/account/sign-out", Map.of());
		assertThat(own.cookie(KnownDevices.COOKIE)).as("signing out forgets the browser").isEmpty();
	}

	/**
	 * The page a visitor wanted is remembered so signing in returns to it, and only its
	 * path: none of the request's headers (a client address a proxy added, the browser)
	 * reach the session table.
	 */
	@Test
	void thePageWantedIsRememberedWithoutTheRequestsHeaders() {
		Accounts.Created member = this.accounts.create("wanted");
		String marker = "marker" + Accounts.username("x").replace("-", "");
		WebSession browser = browser().header("X-Real-IP", marker).header("User-Agent", "Browser/" + marker);
		Page signInPage = browser.get("/me/journal?days=90");
		assertThat(signInPage.path()).isEqualTo("/account/sign-in");
		List<byte[]> attributes = this.jdbc.queryForList("select attribute_bytes from spring_session_attributes",
				byte[].class);
		assertThat(attributes)
			.noneMatch((bytes) -> new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains(marker));
		Page landed = browser.submit(signInPage, "main form",
				Map.of("username", member.username(), "password", Accounts.PASSWORD));
		assertThat(landed.uri().getPath() + "?" + landed.uri().getQuery()).isEqualTo("/me/journal?days=90");
	}

	@Test
	void signingInGivesANewSessionIdAndASessionOnlyCookie() {
		Accounts.Created member = this.accounts.create("fixation");
		WebSession browser = browser();
		assertThat(browser.get("/account").path()).isEqualTo("/account/sign-in");
		String before = browser.cookie("hf_session").orElseThrow();
		Page form = browser.get("/account/sign-in");
		Page signedIn = browser.submit(form, "main form",
				Map.of("username", member.username(), "password", Accounts.PASSWORD));
		assertThat(signedIn.path()).as("back to the page that asked").isEqualTo("/account");
		String after = browser.cookie("hf_session").orElseThrow();
		assertThat(after).isNotEqualTo(before);
		List<String> setCookies = signedIn.allHeaders("Set-Cookie");
		assertThat(setCookies).filteredOn((c) -> c.startsWith("hf_session=") && !c.startsWith("hf_session=;"))
			.isNotEmpty()
			.allSatisfy((c) -> assertThat(c).contains("HttpOnly", "SameSite=Lax").doesNotContain("Max-Age", "Expires"));
	}

	@Test
	void afterSignInTheMemberReturnsToThePageTheyAskedForAndNeverToAnotherSite() {
		Accounts.Created member = this.accounts.create("next");
		WebSession browser = browser();
		assertThat(browser.get("/account/preferences?from=banner").path()).isEqualTo("/account/sign-in");
		assertThat(Accounts.signIn(browser, member.username(), Accounts.PASSWORD).path())
			.isEqualTo("/account/preferences?from=banner");

		WebSession tricked = browser();
		Page form = tricked.get("/account/sign-in?continue=https://evil.example/&next=//evil.example");
		Page landed = tricked.submit(form, "main form",
				Map.of("username", member.username(), "password", Accounts.PASSWORD));
		assertThat(landed.uri().getHost()).isEqualTo("localhost");
		assertThat(landed.redirects()).allMatch((url) -> url.startsWith("http://localhost:" + this.port + "/"));
	}

	@Test
	void signingOutEverywhereEndsTheSessionsOnEveryDevice() {
		Accounts.Created member = this.accounts.create("everywhere");
		WebSession phone = browser();
		WebSession laptop = browser();
		Accounts.signIn(phone, member.username(), Accounts.PASSWORD);
		Page account = Accounts.signIn(laptop, member.username(), Accounts.PASSWORD);
		assertThat(phone.get("/account").path()).isEqualTo("/account");

		Page done = laptop.submit(account, "form[action=/account/sign-out-everywhere]", Map.of());
		assertThat(done.path()).isEqualTo("/account/signed-out?everywhere");
		assertThat(done.allHeaders("Clear-Site-Data")).isNotEmpty();
		assertThat(phone.get("/account").path()).isEqualTo("/account/sign-in");
		assertThat(laptop.get("/account").path()).isEqualTo("/account/sign-in");
	}

	@Test
	void changingThePasswordNeedsTheCurrentOneAndSignsOutOtherDevices() {
		Accounts.Created member = this.accounts.create("change");
		WebSession phone = browser();
		WebSession laptop = browser();
		Accounts.signIn(phone, member.username(), Accounts.PASSWORD);
		Accounts.signIn(laptop, member.username(), Accounts.PASSWORD);

		Page form = laptop.get("/account/password");
		Page wrong = laptop.submit(form, "main form",
				Map.of("current", "not my password at all", "password", "kettle purple window seven"));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.errors()).contains("isn’t your current password");

		Page changed = laptop.submit(wrong, "main form",
				Map.of("current", Accounts.PASSWORD, "password", "kettle purple window seven"));
		assertThat(changed.path()).isEqualTo("/account");
		assertThat(changed.document().selectFirst(".notice").text()).contains("has been changed");
		assertThat(laptop.get("/account").path()).as("this device stays signed in").isEqualTo("/account");
		assertThat(phone.get("/account").path()).isEqualTo("/account/sign-in");
		assertThat(Accounts.signIn(browser(), member.username(), Accounts.PASSWORD).status()).isEqualTo(400);
		assertThat(Accounts.signIn(browser(), member.username(), "kettle purple window seven").path())
			.isEqualTo("/account");
	}

	@Test
	void aRecoveryCodeSetsANewPasswordOnceAndEndsEverySession() {
		Accounts.Created member = this.accounts.create("recover");
		WebSession stolen = browser();
		Accounts.signIn(stolen, member.username(), Accounts.PASSWORD);

		WebSession browser = browser();
		Page form = browser.get("/account/recover");
		assertThat(form.document().text()).contains("can’t get the account back");
		String code = member.recoveryCodes().get(3).toUpperCase().replace("-", " ");
		Page recovered = browser.submit(form, "main form",
				Map.of("username", member.username(), "code", code, "password", "kettle purple window seven"));
		assertThat(recovered.path()).isEqualTo("/account");
		assertThat(recovered.document().selectFirst(".notice").text()).contains("9 recovery codes left");
		assertThat(stolen.get("/account").path()).isEqualTo("/account/sign-in");

		WebSession other = browser();
		Page again = other.submit(other.get("/account/recover"), "main form",
				Map.of("username", member.username(), "code", code, "password", "another fresh long password"));
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.errors()).contains("don’t match, or the code has been used");
	}

	@Test
	void aWrongCodeAndAnUnknownUsernameGetTheSameAnswer() {
		Accounts.Created member = this.accounts.create("wrongcode");
		WebSession one = browser();
		WebSession two = browser();
		Page wrongCode = one.submit(one.get("/account/recover"), "main form", Map.of("username", member.username(),
				"code", "aaaaa-bbbbb-ccccc-ddddd-eeeee", "password", "kettle purple window seven"));
		Page unknown = two.submit(two.get("/account/recover"), "main form",
				Map.of("username", Accounts.username("nobody"), "code", member.recoveryCodes().get(0), "password",
						"kettle purple window seven"));
		assertThat(wrongCode.status()).isEqualTo(unknown.status()).isEqualTo(400);
		assertThat(wrongCode.errors()).isEqualTo(unknown.errors());
	}

	@Test
	void underThirteensAreTurnedAwayKindlyAndNothingIsKept() {
		Integer before = this.jdbc.queryForObject("select count(*) from member", Integer.class);
		WebSession child = browser();
		String username = Accounts.username("young");
		Page page = child.submit(child.get("/account/sign-up"), "main form",
				Map.of("username", username, "password", Accounts.PASSWORD, "ageBand", "UNDER_13"));
		Document document = page.document();
		assertThat(page.status()).isEqualTo(200);
		assertThat(document.selectFirst("h1").text()).isEqualTo("Holdfast accounts are for people aged 13 and over");
		assertThat(document.selectFirst("main").text()).contains("We haven’t kept anything", "talk to young people");
		assertThat(document.select("main a[href^=tel:]")).isNotEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from member", Integer.class)).isEqualTo(before);
		assertThat(page.body()).doesNotContain(username);
	}

	@Test
	void aSuspendedMemberIsToldSoOnlyAfterTheRightPassword() {
		Accounts.Created member = this.accounts.create("suspended");
		this.jdbc.update("update member set suspended_at = now(), suspension_reason = 'test' where id = ?",
				member.id());
		Page wrong = Accounts.signIn(browser(), member.username(), "not the right password at all");
		assertThat(wrong.errors()).contains("don’t match").doesNotContain("suspended");
		Page right = Accounts.signIn(browser(), member.username(), Accounts.PASSWORD);
		assertThat(right.status()).isEqualTo(403);
		assertThat(right.errors()).contains("suspended");
	}

	@Test
	void aPasswordHashedWithWeakerParametersIsRehashedAtSignIn() {
		Accounts.Created member = this.accounts.create("rehash");
		String old = "{argon2}" + new Argon2PasswordEncoder(16, 32, 1, 1 << 14, 2).encode(Accounts.PASSWORD);
		this.jdbc.update("update member set password_hash = ? where id = ?", old, member.id());
		assertThat(Accounts.signIn(browser(), member.username(), Accounts.PASSWORD).path()).isEqualTo("/account");
		String now = this.jdbc.queryForObject("select password_hash from member where id = ?", String.class,
				member.id());
		assertThat(now).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(old);
	}

	@Test
	void theCountryChosenInTheAccountFollowsTheMemberToEveryDevice() {
		Accounts.Created member = this.accounts.create("country");
		WebSession phone = browser();
		Accounts.signIn(phone, member.username(), Accounts.PASSWORD);
		Page saved = phone.submit(phone.get("/account/preferences"), "main form", Map.of("country", "nz"));
		assertThat(saved.path()).isEqualTo("/account");
		assertThat(saved.document().select(".safety a[href^=tel:]").eachAttr("href")).contains("tel:1737");

		WebSession laptop = browser().language("en-US");
		Page landed = Accounts.signIn(laptop, member.username(), Accounts.PASSWORD);
		assertThat(landed.document().select(".safety a[href^=tel:]").eachAttr("href")).contains("tel:1737");

		Page bad = phone.post("/account/preferences", Map.of("country", "<script>"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.errors()).contains("Choose a country");
	}

	@Test
	void staffNeedASecondFactorBeforeAnyStaffPageAndEachCodeWorksOnce() {
		Accounts.Created moderator = this.accounts.create("mod", Role.MODERATOR, Role.ADMIN);
		WebSession browser = browser();
		Page landed = Accounts.signIn(browser, moderator.username(), Accounts.PASSWORD);
		assertThat(landed.path()).isEqualTo("/account/two-factor");
		assertThat(landed.document().selectFirst("img.qr").attr("src")).isEqualTo("/account/two-factor/qr.svg");
		HttpResponse<String> qr = browser.getRaw("/account/two-factor/qr.svg");
		assertThat(qr.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
		assertThat(qr.body()).startsWith("<svg");
		assertThat(browser.get("/admin/members").path()).as("no staff page yet").isEqualTo("/account/two-factor");

		Page wrong = browser.submit(browser.get("/account/two-factor"), "main form", Map.of("code", "000000"));
		assertThat(wrong.status()).isEqualTo(400);
		String secret = wrong.document().selectFirst("code.secret").text().replace(" ", "");
		String code = Accounts.code(secret, java.time.Instant.now());
		Page open = browser.submit(wrong, "main form", Map.of("code", code));
		assertThat(open.path()).isEqualTo("/admin/members");

		WebSession second = browser();
		Page verify = Accounts.signIn(second, moderator.username(), Accounts.PASSWORD);
		assertThat(verify.document().select("code.secret")).as("secret shown only while setting up").isEmpty();
		Page replay = second.submit(verify, "main form", Map.of("code", code));
		assertThat(replay.status()).as("a used code is refused").isEqualTo(400);
		assertThat(second.get("/admin/members").path()).isEqualTo("/account/two-factor");
	}

}
