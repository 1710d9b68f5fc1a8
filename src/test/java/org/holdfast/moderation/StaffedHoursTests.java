package org.holdfast.moderation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.holdfast.IntegrationTest;
import org.holdfast.WebSession;
import org.holdfast.WebSession.Page;
import org.holdfast.account.Accounts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Staffed hours: when moderators are on shift (day shifts and shifts past midnight, in
 * the site's time zone), and what happens outside them: a post reported by enough
 * different members is taken down until a moderator has looked, and one report alone
 * never does.
 */
class StaffedHoursTests {

	static ModerationProperties shifts(Set<DayOfWeek> days, String from, String until, String zone) {
		return new ModerationProperties(days, LocalTime.parse(from), LocalTime.parse(until), ZoneId.of(zone), 3,
				List.of(14, 30));
	}

	@Test
	void aDayShiftIsStaffedOnlyOnItsDaysAndHoursInTheSitesZone() {
		ModerationProperties weekdays = shifts(Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "09:00", "17:00",
				"Europe/London");
		// 2026-11-27 is a Friday; London is on UTC in November
		assertThat(weekdays.staffed(Instant.parse("2026-11-27T09:00:00Z"))).isTrue();
		assertThat(weekdays.staffed(Instant.parse("2026-11-27T16:59:59Z"))).isTrue();
		assertThat(weekdays.staffed(Instant.parse("2026-11-27T17:00:00Z"))).isFalse();
		assertThat(weekdays.staffed(Instant.parse("2026-11-27T08:59:00Z"))).isFalse();
		assertThat(weekdays.staffed(Instant.parse("2026-11-28T12:00:00Z"))).as("Saturday").isFalse();
		// in July London is an hour ahead: 08:30 UTC is 09:30 there (a Friday)
		assertThat(weekdays.staffed(Instant.parse("2027-07-02T08:30:00Z"))).isTrue();
	}

	@Test
	void aNightShiftBelongsToTheDayItStarted() {
		ModerationProperties nights = shifts(Set.of(DayOfWeek.FRIDAY), "22:00", "06:00", "UTC");
		assertThat(nights.staffed(Instant.parse("2026-11-27T23:00:00Z"))).as("Friday night").isTrue();
		assertThat(nights.staffed(Instant.parse("2026-11-28T05:59:00Z"))).as("early Saturday").isTrue();
		assertThat(nights.staffed(Instant.parse("2026-11-28T06:00:00Z"))).isFalse();
		assertThat(nights.staffed(Instant.parse("2026-11-27T05:00:00Z"))).as("early Friday: Thursday's night")
			.isFalse();
	}

	@Test
	void nonsenseSettingsStopTheStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ModerationProperties(Set.of(), LocalTime.NOON,
				LocalTime.MIDNIGHT, ZoneId.of("UTC"), 1, List.of(14)));
		assertThatIllegalArgumentException().isThrownBy(() -> new ModerationProperties(Set.of(), LocalTime.NOON,
				LocalTime.MIDNIGHT, ZoneId.of("UTC"), 3, List.of()));
	}

	/** The whole app with no one ever on shift. */
	@Nested
	@IntegrationTest
	@TestPropertySource(
			properties = { "holdfast.moderation.staffed-from=00:00", "holdfast.moderation.staffed-until=00:00" })
	class OutsideStaffedHours {

		@LocalServerPort
		int port;

		@Autowired
		ApplicationContext context;

		@Autowired
		JdbcTemplate jdbc;

		WebSession member(Accounts accounts, String prefix) {
			Accounts.Created created = accounts.create(prefix);
			this.jdbc.update("update member set joined_at = now() - interval '30 days' where id = ?", created.id());
			WebSession browser = new WebSession(this.port);
			Accounts.signIn(browser, created.username(), Accounts.PASSWORD);
			return browser;
		}

		@Test
		void aPostReportedByThreeDifferentMembersIsTakenDownUntilAModeratorLooks() {
			Accounts accounts = new Accounts(this.context);
			WebSession writer = member(accounts, "nightwriter");
			Page thread = writer.submit(writer.get("/community/self-harm-support/new"), "main form",
					Map.of("title", "Night post", "body", "Something others found upsetting.", "step", ""));
			long post = Long.parseLong(thread.document().selectFirst("article.post").id().replace("post-", ""));
			WebSession first = member(accounts, "nighta");
			for (int i = 0; i < 3; i++) {
				first.submit(first.get("/community/posts/" + post + "/report"), "main form",
						Map.of("reason", "graphic", "note", ""));
			}
			assertThat(state(post)).as("one member reporting again and again counts once").isEqualTo("PUBLISHED");
			WebSession second = member(accounts, "nightb");
			second.submit(second.get("/community/posts/" + post + "/report"), "main form", Map.of("reason", "unkind"));
			assertThat(state(post)).isEqualTo("PUBLISHED");
			WebSession third = member(accounts, "nightc");
			third.submit(third.get("/community/posts/" + post + "/report"), "main form", Map.of("reason", "spam"));
			assertThat(state(post)).isEqualTo("PENDING");
			assertThat(this.jdbc.queryForObject(
					"select held from moderation_item where post_id = ? and closed_at is null", String.class, post))
				.isEqualTo("REPORTS");
			assertThat(third.get(thread.path()).status()).isEqualTo(404);
			assertThat(writer.get(thread.path()).document().select("article.post .badge").text())
				.contains("Waiting for a moderator");
			assertThat(this.jdbc.queryForObject(
					"select count(*) from audit_event where action = 'post.auto-held' and detail = ?", Long.class,
					"post " + post))
				.isEqualTo(1);
		}

		String state(long post) {
			return this.jdbc.queryForObject("select state from community_post where id = ?", String.class, post);
		}

	}

}
