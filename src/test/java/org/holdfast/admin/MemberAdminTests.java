package org.holdfast.admin;

import java.util.List;
import java.util.Map;

import org.holdfast.IntegrationTest;
import org.holdfast.WebSession;
import org.holdfast.WebSession.Page;
import org.holdfast.account.Accounts;
import org.holdfast.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What an admin does to accounts, and the audit log that records it. */
@IntegrationTest
class MemberAdminTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	Accounts accounts;

	Accounts.Created admin;

	WebSession adminBrowser;

	@BeforeEach
	void signInAnAdmin() {
		this.accounts = new Accounts(this.context);
		this.admin = this.accounts.create("boss", Role.ADMIN);
		this.adminBrowser = new WebSession(this.port);
		Accounts.signInAsStaff(this.adminBrowser, this.admin.username(), null);
	}

	@Test
	void theMemberListShowsUsernameRolesAndJoinedAndFindsByUsername() {
		Accounts.Created member = this.accounts.create("listed");
		Page list = this.adminBrowser.get("/admin/members?q=" + member.username().toUpperCase());
		assertThat(list.document().select("tbody tr")).hasSize(1);
		assertThat(list.document().select("thead th").eachText()).containsExactly("Username", "Roles", "Joined",
				"Status");
		assertThat(list.document().selectFirst("tbody tr").text()).contains(member.username(), "Member");
	}

	@Test
	void aPageNumberThatMakesNoSenseShowsTheFirstPage() {
		for (String path : List.of("/admin/members?page=99999999999", "/admin/members?page=-3",
				"/admin/audit?page=2147483648", "/admin/audit?page=abc", "/articles?page=99999999999")) {
			assertThat(this.adminBrowser.get(path).status()).as(path).isEqualTo(200);
		}
	}

	@Test
	void aTeenCannotBeGivenAStaffOrListenerRole() {
		Accounts.Created teen = this.accounts.create("youngmod", org.holdfast.account.AgeBand.TEEN);
		for (String role : java.util.List.of("MODERATOR", "EDITOR", "ADMIN", "LISTENER")) {
			Page page = this.adminBrowser.get("/admin/members/" + teen.username());
			Page refused = this.adminBrowser.submit(page, "main form", Map.of("role", role, "reason", "Asked to help"));
			assertThat(refused.status()).as(role).isEqualTo(400);
			assertThat(refused.errors()).as(role).contains("Only adults (18 and over) can be given this role");
		}
		assertThat(this.jdbc.queryForList("select role from member_role where member_id = ?", String.class, teen.id()))
			.containsExactly("MEMBER");
	}

	@Test
	void grantingARoleNeedsAReasonIsAuditedAndSignsTheMemberOut() {
		Accounts.Created member = this.accounts.create("promoted");
		WebSession memberBrowser = new WebSession(this.port);
		Accounts.signIn(memberBrowser, member.username(), Accounts.PASSWORD);

		Page page = this.adminBrowser.get("/admin/members/" + member.username());
		Page noReason = this.adminBrowser.submit(page, "main form", Map.of("role", "LISTENER", "reason", "  "));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.errors()).contains("Give a reason");
		assertThat(memberBrowser.get("/account").path()).isEqualTo("/account");

		Page granted = this.adminBrowser.submit(noReason, "main form",
				Map.of("role", "LISTENER", "reason", "Finished listener training"));
		assertThat(granted.path()).isEqualTo("/admin/members/" + member.username());
		assertThat(granted.document().selectFirst(".notice").text()).contains("granted");
		assertThat(granted.document().select(".audit-list li").text()).contains(
				this.admin.username() + " gave " + member.username() + " the Listener role.",
				"Reason: Finished listener training");
		assertThat(memberBrowser.get("/account").path()).as("signed out so the change takes effect")
			.isEqualTo("/account/sign-in");

		Map<String, Object> event = this.jdbc.queryForMap(
				"select actor_id, subject_id, action, detail, reason from audit_event where subject_id = ? order by id desc limit 1",
				member.id());
		assertThat(event).containsEntry("actor_id", this.admin.id())
			.containsEntry("action", "role.granted")
			.containsEntry("detail", "LISTENER")
			.containsEntry("reason", "Finished listener training");
	}

	@Test
	void aSuspendedMemberCannotSignInUntilReinstated() {
		Accounts.Created member = this.accounts.create("rulebreaker");
		WebSession memberBrowser = new WebSession(this.port);
		Accounts.signIn(memberBrowser, member.username(), Accounts.PASSWORD);

		Page page = this.adminBrowser.get("/admin/members/" + member.username());
		Page suspended = this.adminBrowser.post("/admin/members/" + member.username() + "/suspend",
				Map.of("reason", "Shared contact details after a warning"));
		assertThat(suspended.document().select(".summary-list").text()).contains("Suspended: Shared contact details");
		assertThat(page.status()).isEqualTo(200);
		assertThat(memberBrowser.get("/account").path()).isEqualTo("/account/sign-in");
		assertThat(Accounts.signIn(new WebSession(this.port), member.username(), Accounts.PASSWORD).status())
			.isEqualTo(403);

		this.adminBrowser.post("/admin/members/" + member.username() + "/reinstate", Map.of("reason", "Appeal upheld"));
		assertThat(Accounts.signIn(new WebSession(this.port), member.username(), Accounts.PASSWORD).path())
			.isEqualTo("/account");
	}

	@Test
	void anAdminCannotLockThemselvesOut() {
		this.adminBrowser.get("/admin/members/" + this.admin.username());
		Page revoke = this.adminBrowser.post("/admin/members/" + this.admin.username() + "/revoke",
				Map.of("role", "ADMIN", "reason", "oops"));
		assertThat(revoke.status()).isEqualTo(400);
		assertThat(revoke.errors()).contains("can’t remove your own admin role");
		Page suspend = this.adminBrowser.post("/admin/members/" + this.admin.username() + "/suspend",
				Map.of("reason", "oops"));
		assertThat(suspend.status()).isEqualTo(400);
		assertThat(suspend.errors()).contains("can’t suspend your own account");
	}

	@Test
	void resettingTwoStepSignInMakesTheStaffMemberSetItUpAgain() {
		Accounts.Created moderator = this.accounts.create("lostphone", Role.MODERATOR);
		Accounts.signInAsStaff(new WebSession(this.port), moderator.username(), null);
		this.adminBrowser.get("/admin/members/" + moderator.username());
		Page reset = this.adminBrowser.post("/admin/members/" + moderator.username() + "/reset-two-factor",
				Map.of("reason", "Lost their phone"));
		assertThat(reset.document().selectFirst(".notice").text()).contains("reset");
		Page again = Accounts.signIn(new WebSession(this.port), moderator.username(), Accounts.PASSWORD);
		assertThat(again.document().select("code.secret")).as("set up again").hasSize(1);
	}

	@Test
	void theAuditLogCannotBeChangedOrEmptied() {
		Accounts.Created member = this.accounts.create("audited");
		this.adminBrowser.get("/admin/members/" + member.username());
		this.adminBrowser.post("/admin/members/" + member.username() + "/grant",
				Map.of("role", "EDITOR", "reason", "Joined the editorial team"));
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.jdbc
			.update("update audit_event set reason = 'nothing to see' where subject_id = ?", member.id()));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from audit_event where subject_id = ?", member.id()));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.execute("truncate audit_event"));
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where subject_id = ?", Integer.class,
				member.id()))
			.isEqualTo(1);
	}

}
