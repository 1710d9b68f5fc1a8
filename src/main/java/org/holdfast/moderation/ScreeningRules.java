package org.holdfast.moderation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.holdfast.moderation.Screening.Kind;
import org.holdfast.moderation.Screening.Rule;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The screening rules as moderators keep them: rows in {@code screening_rule}, first
 * copied from {@code classpath:moderation/screening-rules.txt} when the table is empty.
 * Compiled rules are cached on each node and compiled again when any row changes, which
 * every node notices on the next check it runs (a cheap look at the newest change), so a
 * tuned rule applies on every node at once.
 */
@Component
class ScreeningRules implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ScreeningRules.class);

	/** How a rule acts: it flags its kind, or excuses it (for the model only). */
	enum Mode {

		MATCH, UNLESS, MODEL_UNLESS

	}

	/** A rule as stored. */
	record Row(long id, Kind kind, Mode mode, String name, String pattern, boolean active, int position) {

		Rule compile() {
			return new Rule(this.kind, this.name, Pattern.compile(this.pattern), this.mode != Mode.MATCH,
					this.mode == Mode.MODEL_UNLESS);
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

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		this.jdbc.sql("lock table screening_rule in exclusive mode").update();
		if (this.jdbc.sql("select count(*) from screening_rule").query(Long.class).single() > 0) {
			return;
		}
		int position = 0;
		for (Rule rule : Screening.load(new ClassPathResource(Screening.RULES))) {
			Mode mode = rule.modelOnly() ? Mode.MODEL_UNLESS : rule.unless() ? Mode.UNLESS : Mode.MATCH;
			this.jdbc.sql("""
					insert into screening_rule (kind, mode, name, pattern, active, position, changed_at)
					values (?, ?, ?, ?, true, ?, ?)""")
				.params(rule.kind().name(), mode.name(), rule.name(), rule.pattern().pattern(), position += 10,
						Timestamp.from(this.clock.instant()))
				.update();
		}
		log.info("Screening rules loaded from {}: {}", Screening.RULES, position / 10);
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
		return this.jdbc.sql("select * from screening_rule order by kind, position, id").query(Row.class).list();
	}

	Optional<Row> find(long id) {
		return this.jdbc.sql("select * from screening_rule where id = ?").param(id).query(Row.class).optional();
	}

	/**
	 * Why a pattern can't be used, or empty if it can: it must compile, and must not
	 * match an empty sentence (which would flag every post).
	 */
	static Optional<String> problem(String pattern) {
		try {
			if (Pattern.compile(pattern).matcher("").find()) {
				return Optional.of("moderation.rules.error.empty-match");
			}
			return Optional.empty();
		}
		catch (PatternSyntaxException ex) {
			return Optional.of("moderation.rules.error.pattern");
		}
	}

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
