package org.holdfast.moderation;

import org.holdfast.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fix to the shipped screening rules reaches a site that upgrades: a shipped rule that
 * moderators never changed follows the rules file at start-up, one they changed is left
 * as they keep it, and one no longer shipped is turned off.
 */
@IntegrationTest
class ShippedRulesTests {

	@Autowired
	ScreeningRules rules;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anUnchangedShippedRuleFollowsTheFileAndAChangedOneStaysAsModeratorsKeepIt() {
		String shipped = Screening.load(new ClassPathResource(Screening.RULES))
			.stream()
			.filter((rule) -> rule.name().equals("intent-kill"))
			.findFirst()
			.orElseThrow()
			.pattern()
			.pattern();
		// As an older version of Holdfast left them: one untouched, one tuned here.
		this.jdbc
			.update("update screening_rule set pattern = 'old', shipped_pattern = 'old' where name = 'intent-kill'");
		this.jdbc.update(
				"update screening_rule set pattern = 'tuned', shipped_pattern = 'old' where name = 'intent-suicidal'");
		this.jdbc.update("""
				insert into screening_rule (kind, mode, name, pattern, active, position, changed_at, shipped_pattern)
				values ('CRISIS', 'MATCH', 'no-longer-shipped', 'zzz', true, 9999, now(), 'zzz')""");
		String tuned = null;
		try {
			this.rules.run(null);
			assertThat(pattern("intent-kill")).isEqualTo(shipped);
			tuned = pattern("intent-suicidal");
			assertThat(tuned).isEqualTo("tuned");
			assertThat(this.jdbc.queryForObject("select active from screening_rule where name = 'no-longer-shipped'",
					Boolean.class))
				.isFalse();
			assertThat(this.rules.current()).noneMatch((rule) -> rule.name().equals("no-longer-shipped"));
		}
		finally {
			this.jdbc.update("delete from screening_rule where name = 'no-longer-shipped'");
			this.jdbc.update("update screening_rule set pattern = shipped_pattern where name = 'intent-suicidal'");
			this.rules.run(null);
		}
		assertThat(pattern("intent-suicidal")).as("put back as shipped").isNotEqualTo("tuned");
	}

	private String pattern(String name) {
		return this.jdbc.queryForObject("select pattern from screening_rule where name = ?", String.class, name);
	}

}
