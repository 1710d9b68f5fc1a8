package org.holdfast.moderation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suspensions from posting in the community. They climb a ladder (by default 14 days,
 * then 30, then for good), counted from the member's earlier suspensions that were not
 * lifted on appeal. A suspended member still signs in, reads, and keeps their safety
 * plan, journal and toolbox: those are never taken away as a sanction.
 */
@Service
public class Suspensions {

	/** A suspension in force; {@code endsAt} is null when it is permanent. */
	public record Suspension(Instant startsAt, @Nullable Instant endsAt) {

		public boolean permanent() {
			return this.endsAt == null;
		}

	}

	private final JdbcClient jdbc;

	private final ModerationProperties properties;

	private final Clock clock;

	Suspensions(JdbcClient jdbc, ModerationProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** The suspension in force for this member now, if any. */
	public Optional<Suspension> current(long memberId) {
		return this.jdbc.sql("""
				select starts_at, ends_at from community_suspension
				where member_id = ? and lifted_at is null and starts_at <= ? and (ends_at is null or ends_at > ?)
				order by ends_at desc nulls first limit 1""")
			.params(memberId, Timestamp.from(this.clock.instant()), Timestamp.from(this.clock.instant()))
			.query((rs, row) -> new Suspension(rs.getTimestamp("starts_at").toInstant(),
					(rs.getTimestamp("ends_at") != null) ? rs.getTimestamp("ends_at").toInstant() : null))
			.optional();
	}

	/**
	 * How long the member's next suspension would be; empty when it would be permanent.
	 */
	Optional<Duration> nextLength(long memberId) {
		long earlier = this.jdbc
			.sql("select count(*) from community_suspension where member_id = ? and lifted_at is null")
			.param(memberId)
			.query(Long.class)
			.single();
		if (earlier >= this.properties.suspensionDays().size()) {
			return Optional.empty();
		}
		return Optional.of(Duration.ofDays(this.properties.suspensionDays().get((int) earlier)));
	}

	/** Suspends the member on the next rung of the ladder. */
	@Transactional(propagation = Propagation.MANDATORY)
	Suspension suspend(long memberId, long noticeId) {
		Instant now = this.clock.instant();
		Instant ends = nextLength(memberId).map(now::plus).orElse(null);
		this.jdbc.sql("insert into community_suspension (member_id, notice_id, starts_at, ends_at) values (?, ?, ?, ?)")
			.params(memberId, noticeId, Timestamp.from(now), (ends != null) ? Timestamp.from(ends) : null)
			.update();
		return new Suspension(now, ends);
	}

	/** Lifts the suspension a notice told the member about (an appeal was upheld). */
	@Transactional(propagation = Propagation.MANDATORY)
	void lift(long noticeId) {
		this.jdbc.sql("update community_suspension set lifted_at = ? where notice_id = ? and lifted_at is null")
			.params(Timestamp.from(this.clock.instant()), noticeId)
			.update();
	}

}
