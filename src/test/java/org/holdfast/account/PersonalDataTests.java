package org.holdfast.account;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.holdfast.IntegrationTest;
import org.holdfast.WebSession;
import org.holdfast.WebSession.Page;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Holdfast keeps about people, checked against the live schema rather than a list,
 * so that every table a later feature adds is held to the same rules: nothing that
 * identifies a person, everything a member owns in their export, nothing left after they
 * delete their account, and every column explained on the privacy page.
 *
 * <p>
 * The tests add two tables of their own, like a later feature would: one of private notes
 * ({@code ON DELETE CASCADE}) and one of public posts ({@code ON DELETE SET NULL}).
 */
@IntegrationTest
@Import(PersonalDataTests.ScratchFeature.class)
class PersonalDataTests {

	private static final String FOREIGN_KEYS_TO_MEMBER = """
			select c.conrelid::regclass::text as table_name, a.attname as column_name, c.confdeltype as on_delete
			from pg_constraint c
			join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
			where c.contype = 'f' and c.confrelid = 'member'::regclass""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AddressThrottle addresses;

	Accounts accounts;

	@BeforeEach
	void createScratchTables() {
		this.accounts = new Accounts(this.context);
		this.addresses.forgetAll();
		this.jdbc.execute("""
				create table if not exists scratch_private_note (
				  id bigint generated always as identity primary key,
				  owner_id bigint not null references member (id) on delete cascade,
				  body text not null)""");
		this.jdbc.execute("""
				create table if not exists scratch_public_post (
				  id bigint generated always as identity primary key,
				  author_id bigint references member (id) on delete set null,
				  body text not null)""");
	}

	@AfterEach
	void dropScratchTables() {
		this.jdbc.execute("drop table if exists scratch_private_note, scratch_public_post");
	}

	@Test
	void noColumnCanHoldAnAddressOrAnEmail() {
		List<Map<String, Object>> columns = this.jdbc.queryForList("""
				select table_name, column_name, data_type from information_schema.columns
				where table_schema = 'public'""");
		assertThat(columns).isNotEmpty().allSatisfy((column) -> {
			String name = ((String) column.get("column_name")).toLowerCase();
			assertThat((String) column.get("data_type")).as(column.toString()).isNotIn("inet", "cidr", "macaddr");
			assertThat(name).as(column.toString())
				.doesNotContain("email", "e_mail", "phone", "address", "real_name", "birth")
				.doesNotMatch("(^|_)ip($|_)");
		});
	}

	@Test
	void everyForeignKeyToAMemberLetsTheAccountBeDeleted() {
		List<Map<String, Object>> keys = this.jdbc.queryForList(FOREIGN_KEYS_TO_MEMBER);
		assertThat(keys).extracting((key) -> key.get("table_name")).contains("member_role", "recovery_code");
		assertThat(keys)
			.allSatisfy((key) -> assertThat(key.get("on_delete").toString()).as(key.toString()).isIn("c", "n"));
	}

	@Test
	void thePrivacyPageExplainsEveryColumnOfEveryTableThatHoldsPersonalData() {
		Set<String> tables = new HashSet<>(this.jdbc.queryForList(
				"select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'scratch\\_%'",
				String.class));
		Map<String, Set<String>> explained = new HashMap<>();
		PrivacyNotice.ITEMS
			.forEach((item) -> explained.computeIfAbsent(item.table(), (t) -> new HashSet<>()).addAll(item.columns()));
		for (String table : tables) {
			if (PrivacyNotice.NOT_PERSONAL.contains(table)) {
				assertThat(explained).as("%s is declared not personal and also explained", table)
					.doesNotContainKey(table);
				continue;
			}
			assertThat(explained).as("table %s: list it in PrivacyNotice or declare it NOT_PERSONAL", table)
				.containsKey(table);
			Set<String> columns = new HashSet<>(this.jdbc.queryForList(
					"select column_name from information_schema.columns where table_schema = 'public' and table_name = ?",
					String.class, table));
			assertThat(explained.get(table)).as("columns of %s explained on the privacy page", table)
				.containsExactlyInAnyOrderElementsOf(columns);
		}
		assertThat(tables).as("every table the notice names exists").containsAll(explained.keySet());
		assertThat(tables).containsAll(PrivacyNotice.NOT_PERSONAL);

		Document page = new WebSession(this.port).get("/privacy").document();
		for (String key : PrivacyNotice.keys()) {
			assertThat(page.getElementById("item-" + key)).as(key).isNotNull();
			assertThat(page.getElementById("item-" + key).select("th, td")).hasSize(3)
				.allSatisfy((cell) -> assertThat(cell.text()).isNotBlank().doesNotContain("privacy.item"));
		}
	}

	@Test
	void theExportHoldsEveryRowTheMemberOwnsInEveryTableThatNamesThem() throws Exception {
		Accounts.Created member = this.accounts.create("export");
		Accounts.Created someoneElse = this.accounts.create("else");
		this.jdbc.update("insert into scratch_private_note (owner_id, body) values (?, 'my note')", member.id());
		this.jdbc.update("insert into scratch_public_post (author_id, body) values (?, 'my post')", member.id());
		this.jdbc.update("insert into scratch_private_note (owner_id, body) values (?, 'not mine')", someoneElse.id());

		WebSession browser = new WebSession(this.port);
		Accounts.signIn(browser, member.username(), Accounts.PASSWORD);
		java.net.http.HttpResponse<String> download = browser.getRaw("/account/export");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				(value) -> assertThat(value).startsWith("attachment").contains(member.username() + "-"));
		assertThat(download.headers().firstValue("Cache-Control")).hasValue("no-store");
		JsonNode tables = new ObjectMapper().readTree(download.body()).get("tables");

		for (Map<String, Object> key : this.jdbc.queryForList(FOREIGN_KEYS_TO_MEMBER)) {
			String table = (String) key.get("table_name");
			String column = (String) key.get("column_name");
			Integer owned = this.jdbc.queryForObject(
					"select count(*) from \"" + table + "\" where \"" + column + "\" = ?", Integer.class, member.id());
			assertThat(tables.has(table)).as("export has %s", table).isTrue();
			assertThat(tables.get(table).size()).as("rows of %s", table).isEqualTo(owned);
		}
		assertThat(tables.get("member").get(0).get("username").asString()).isEqualTo(member.username());
		assertThat(tables.get("scratch_private_note").toString()).contains("my note").doesNotContain("not mine");
		assertThat(tables.get("scratch_public_post").toString()).contains("my post");
		assertThat(tables.get("spring_session").size()).isEqualTo(1);
		assertThat(download.body()).as("secrets stay on the server")
			.doesNotContain("password_hash", "totp_secret", "code_hash", "$argon2id$");
	}

	@Test
	void deletingAnAccountLeavesNoRowThatNamesTheMemberAndEndsEverySession() {
		Accounts.Created member = this.accounts.create("delete");
		this.jdbc.update("insert into scratch_private_note (owner_id, body) values (?, 'my note')", member.id());
		this.jdbc.update("insert into scratch_public_post (author_id, body) values (?, 'kept without a name')",
				member.id());
		WebSession phone = new WebSession(this.port);
		Accounts.signIn(phone, member.username(), Accounts.PASSWORD);
		WebSession laptop = new WebSession(this.port);
		Accounts.signIn(laptop, member.username(), Accounts.PASSWORD);

		Page form = laptop.get("/account/delete");
		assertThat(form.document().select("input[name=contributions]")).as("one public post to decide about")
			.hasSize(2);
		Page refused = laptop.submit(form, "main form", Map.of("current", Accounts.PASSWORD));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errors()).contains("Choose what happens to your public posts", "Tick the box");
		assertThat(this.jdbc.queryForObject("select count(*) from member where id = ?", Integer.class, member.id()))
			.isEqualTo(1);

		Page deleted = laptop.submit(refused, "main form",
				Map.of("current", Accounts.PASSWORD, "contributions", "anonymise", "confirm", "true"));
		assertThat(deleted.path()).isEqualTo("/account/deleted");
		assertThat(deleted.allHeaders("Clear-Site-Data")).isNotEmpty();
		assertNothingNames(member);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from scratch_public_post where body = 'kept without a name' and author_id is null",
				Integer.class))
			.isEqualTo(1);
		assertThat(phone.get("/account").path()).isEqualTo("/account/sign-in");
		assertThat(Accounts.signIn(new WebSession(this.port), member.username(), Accounts.PASSWORD).status())
			.isEqualTo(400);
	}

	@Test
	void aMemberWhoChoosesToDeleteTheirPostsLosesThemToo() {
		Accounts.Created member = this.accounts.create("wipe");
		this.jdbc.update("insert into scratch_public_post (author_id, body) values (?, 'delete me')", member.id());
		WebSession browser = new WebSession(this.port);
		Accounts.signIn(browser, member.username(), Accounts.PASSWORD);
		Page deleted = browser.submit(browser.get("/account/delete"), "main form",
				Map.of("current", Accounts.PASSWORD, "contributions", "delete", "confirm", "true"));
		assertThat(deleted.path()).isEqualTo("/account/deleted");
		assertNothingNames(member);
		assertThat(this.jdbc.queryForObject("select count(*) from scratch_public_post where body = 'delete me'",
				Integer.class))
			.isZero();
	}

	@Test
	void deletingNeedsTheRightPassword() {
		Accounts.Created member = this.accounts.create("keep");
		WebSession browser = new WebSession(this.port);
		Accounts.signIn(browser, member.username(), Accounts.PASSWORD);
		Page refused = browser.submit(browser.get("/account/delete"), "main form",
				Map.of("current", "somebody else guessing", "confirm", "true"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errors()).contains("isn’t your current password");
		assertThat(this.jdbc.queryForObject("select count(*) from member where id = ?", Integer.class, member.id()))
			.isEqualTo(1);
	}

	private void assertNothingNames(Accounts.Created member) {
		assertThat(this.jdbc.queryForObject("select count(*) from member where id = ?", Integer.class, member.id()))
			.isZero();
		for (Map<String, Object> key : this.jdbc.queryForList(FOREIGN_KEYS_TO_MEMBER)) {
			String table = (String) key.get("table_name");
			String column = (String) key.get("column_name");
			assertThat(this.jdbc.queryForObject("select count(*) from \"" + table + "\" where \"" + column + "\" = ?",
					Integer.class, member.id()))
				.as("%s.%s", table, column)
				.isZero();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
				Integer.class, member.username()))
			.isZero();
	}

	/** A later feature's public posts, as {@code PublicContributions} sees them. */
	@TestConfiguration(proxyBeanMethods = false)
	static class ScratchFeature {

		@Bean
		PublicContributions scratchPosts(JdbcTemplate jdbc) {
			return new PublicContributions() {

				@Override
				public long count(long memberId) {
					Boolean exists = jdbc.queryForObject("select to_regclass('scratch_public_post') is not null",
							Boolean.class);
					return Boolean.TRUE.equals(exists) ? jdbc.queryForObject(
							"select count(*) from scratch_public_post where author_id = ?", Long.class, memberId) : 0;
				}

				@Override
				public void deleteAll(long memberId) {
					jdbc.update("delete from scratch_public_post where author_id = ?", memberId);
				}

			};
		}

	}

}
