package org.holdfast.moderation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.jspecify.annotations.Nullable;

import org.holdfast.moderation.Screening.Kind;
import org.holdfast.system.TextInput;
import org.holdfast.moderation.Screening.Mode;
import org.holdfast.moderation.Screening.Rule;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The screening rules as moderators keep them: rows in {@code screening_rule}. Holdfast
 * ships its rules in {@code classpath:moderation/screening-rules.txt}; at start-up a new
 * shipped rule is added, and a shipped rule that moderators have not changed follows the
 * file (so a fix to the rules reaches every site that upgrades), while one they changed
 * or wrote themselves is left as they keep it. Compiled rules are cached on each node and
 * compiled again when any row changes, which every node notices on the next check it runs
 * (a cheap look at the newest change), so a tuned rule applies on every node at once.
 */
@Component
class ScreeningRules implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ScreeningRules.class);

	/** The longest pattern a rule may have (the column's limit). */
	static final int MAX_PATTERN = 2000;

	/** A rule as stored; {@code shippedPattern} is null for one moderators wrote. */
	record Row(long id, Kind kind, Mode mode, String name, String pattern, boolean active, int position,
			@Nullable String shippedPattern) {

		Rule compile() {
			return new Rule(this.kind, this.mode, this.name, RulePattern.compile(this.pattern));
		}

		/** Whether moderators changed a shipped rule (or wrote it). */
		boolean changedHere() {
			return !this.pattern.equals(this.shippedPattern);
		}

	}

	private record Compiled(String stamp, List<Rule> rules) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile Compiled compiled = new Compiled("", List.of());

	ScreeningRules(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Brings the shipped rules in: new ones added, unchanged ones updated. */
	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		this.jdbc.sql("lock table screening_rule in exclusive mode").update();
		Map<String, Row> stored = new HashMap<>();
		all().forEach((row) -> stored.put(row.name(), row));
		Timestamp now = Timestamp.from(this.clock.instant());
		int added = 0;
		int updated = 0;
		int position = 0;
		List<String> names = new ArrayList<>();
		for (Rule rule : Screening.load(new ClassPathResource(Screening.RULES))) {
			position += 10;
			names.add(rule.name());
			String pattern = rule.pattern().pattern();
			Row row = stored.get(rule.name());
			if (row == null) {
				this.jdbc
					.sql("""
							insert into screening_rule (kind, mode, name, pattern, active, position, changed_at, shipped_pattern)
							values (?, ?, ?, ?, true, ?, ?, ?)""")
					.params(rule.kind().name(), rule.mode().name(), rule.name(), pattern, position, now, pattern)
					.update();
				added++;
			}
			else if (!row.changedHere() && (!pattern.equals(row.pattern()) || row.kind() != rule.kind()
					|| row.mode() != rule.mode() || row.position() != position)) {
				this.jdbc.sql("""
						update screening_rule set kind = ?, mode = ?, pattern = ?, shipped_pattern = ?, position = ?,
						       changed_at = ?
						where id = ?""")
					.params(rule.kind().name(), rule.mode().name(), pattern, pattern, position, now, row.id())
					.update();
				updated++;
			}
			else if (row.changedHere() && row.shippedPattern() != null && !pattern.equals(row.shippedPattern())) {
				log.warn(
						"Screening rule {} was changed by moderators, and this version of Holdfast ships a new "
								+ "pattern for it: moderators should compare the two at /moderation/rules",
						rule.name());
			}
		}
		Set<String> shipped = new HashSet<>(names);
		int retired = 0;
		for (Row row : stored.values()) {
			if (row.active() && row.shippedPattern() != null && !row.changedHere() && !shipped.contains(row.name())) {
				this.jdbc.sql("update screening_rule set active = false, changed_at = ? where id = ?")
					.params(now, row.id())
					.update();
				retired++;
			}
		}
		if (added + updated + retired > 0) {
			log.info("Screening rules from {}: {} added, {} updated, {} no longer shipped and turned off",
					Screening.RULES, added, updated, retired);
		}
	}

	/** The active rules, compiled; compiled again only when a row has changed. */
	List<Rule> current() {
		String stamp = this.jdbc
			.sql("select count(*) || '/' || coalesce(max(changed_at)::text, '') from screening_rule")
			.query(String.class)
			.single();
		Compiled now = this.compiled;
		if (!stamp.equals(now.stamp())) {
			now = new Compiled(stamp, all().stream().filter(Row::active).map(Row::compile).toList());
			this.compiled = now;
		}
		return now.rules();
	}

	List<Row> all() {
		return this.jdbc.sql("""
				select id, kind, mode, name, pattern, active, position, shipped_pattern from screening_rule
				order by array_position(array['EMERGENCY', 'CRISIS', 'METHOD', 'CONTACT'], kind), position, id""")
			.query(Row.class)
			.list();
	}

	Optional<Row> find(long id) {
		return this.jdbc.sql(
				"select id, kind, mode, name, pattern, active, position, shipped_pattern from screening_rule where id = ?")
			.param(id)
			.query(Row.class)
			.optional();
	}

	/**
	 * Why a pattern can't be used, or empty if it can: 1 to 2,000 characters, it must
	 * compile on both engines {@link RulePattern} runs (so no look-arounds or
	 * back-references, and no POSIX classes such as {@code [:alpha:]}, which the two read
	 * differently), and it must not match an empty sentence (which would flag every
	 * post).
	 */
	static Optional<String> problem(String pattern) {
		if (pattern.isEmpty() || pattern.length() > MAX_PATTERN) {
			return Optional.of("moderation.rules.error.length");
		}
		if (TextInput.hasControlCharacters(pattern) || POSIX_CLASS.matcher(pattern).find()) {
			return Optional.of("moderation.rules.error.pattern");
		}
		try {
			if (RulePattern.compile(pattern).find("")) {
				return Optional.of("moderation.rules.error.empty-match");
			}
			return Optional.empty();
		}
		catch (com.google.re2j.PatternSyntaxException | java.util.regex.PatternSyntaxException ex) {
			// Includes what RE2/J refuses because it can't run in linear time, such as
			// look-arounds and back-references.
			return Optional.of("moderation.rules.error.pattern");
		}
	}

	private static final java.util.regex.Pattern POSIX_CLASS = java.util.regex.Pattern.compile("\\[:\\^?[a-z]+:\\]");

	/** Changes a rule's pattern and whether it is on. */
	@Transactional
	void change(long id, String pattern, boolean active) {
		this.jdbc.sql("update screening_rule set pattern = ?, active = ?, changed_at = ? where id = ?")
			.params(pattern, active, Timestamp.from(this.clock.instant()), id)
			.update();
	}

	/** Adds a rule at the end of its kind; returns its id. */
	@Transactional
	long add(Kind kind, Mode mode, String name, String pattern) {
		return this.jdbc.sql("""
				insert into screening_rule (kind, mode, name, pattern, active, position, changed_at)
				values (?, ?, ?, ?, true,
				        (select coalesce(max(position), 0) + 10 from screening_rule where kind = ?), ?)
				returning id""")
			.params(kind.name(), mode.name(), name.toLowerCase(Locale.ROOT), pattern, kind.name(),
					Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
	}

	boolean nameTaken(String name) {
		return this.jdbc.sql("select exists (select 1 from screening_rule where name = ?)")
			.param(name)
			.query(Boolean.class)
			.single();
	}

}
