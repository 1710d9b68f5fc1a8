package org.holdfast.moderation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.holdfast.admin.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports from members about a post or a profile. Each report joins the item for its
 * subject in the queue; a report for an urgent reason counts as a crisis flag. Outside
 * staffed hours, a post reported by enough different members is taken down until a
 * moderator has looked. A member sees what became of each report they made.
 */
@Service
public class Reports {

	private static final Logger log = LoggerFactory.getLogger(Reports.class);

	/** A reason members choose from: rows in {@code report_reason}. */
	public record Reason(String code, String label, String hint, boolean urgent) {
	}

	/** A member's own report and what became of it. */
	record Mine(long id, String reason, Instant reportedAt, @Nullable Long postId, @Nullable String profile,
			@Nullable String outcome, @Nullable Instant decidedAt) {

		/** The message key for the outcome, as the reporter is told it. */
		public String getOutcomeKey() {
			return "moderation.report.outcome." + ((this.outcome != null) ? this.outcome : "WAITING");
		}

	}

	private final JdbcClient jdbc;

	private final ModeratedPosts posts;

	private final Review review;

	private final ModerationProperties properties;

	private final AuditLog audit;

	private final Clock clock;

	Reports(JdbcClient jdbc, ModeratedPosts posts, Review review, ModerationProperties properties, AuditLog audit,
			Clock clock) {
		this.review = review;
		this.jdbc = jdbc;
		this.posts = posts;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	public List<Reason> reasons() {
		return this.jdbc.sql("select code, label, hint, urgent from report_reason where active order by position")
			.query(Reason.class)
			.list();
	}

	public Optional<Reason> reason(String code) {
		return reasons().stream().filter((reason) -> reason.code().equals(code)).findFirst();
	}

	/**
	 * Reports a post; false if this member already reported it and it is still waiting.
	 */
	@Transactional
	public boolean reportPost(long reporterId, long postId, Reason reason, @Nullable String note) {
		long item = this.review.open(postId, reason.urgent() ? Set.of(Screening.Kind.CRISIS) : Set.of(), null);
		if (!add(item, reporterId, reason, note)) {
			return false;
		}
		Instant now = this.clock.instant();
		long reporters = this.jdbc.sql("select count(distinct reporter_id) from moderation_report where item_id = ?")
			.param(item)
			.query(Long.class)
			.single();
		boolean published = this.posts.find(postId).map(ModeratedPosts.Post::isPublished).orElse(false);
		if (published && reporters >= this.properties.autoHideReports() && !this.properties.staffed(now)) {
			this.posts.hold(postId);
			this.review.open(postId, Set.of(), Held.REPORTS);
			this.audit.record(null, "post.auto-held", null, "post " + postId, null);
			log.info("Post {} held after {} reports outside staffed hours", postId, reporters);
		}
		return true;
	}

	/**
	 * Reports a profile; false if this member already reported it and it is still
	 * waiting.
	 */
	@Transactional
	public boolean reportProfile(long reporterId, long memberId, Reason reason, @Nullable String note) {
		long item = this.jdbc.sql("""
				insert into moderation_item (profile_id, crisis, opened_at) values (?, ?, ?)
				on conflict (profile_id) where closed_at is null
				do update set crisis = moderation_item.crisis or excluded.crisis
				returning id""")
			.params(memberId, reason.urgent(), Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		return add(item, reporterId, reason, note);
	}

	private boolean add(long item, long reporterId, Reason reason, @Nullable String note) {
		boolean already = this.jdbc
			.sql("select exists (select 1 from moderation_report where item_id = ? and reporter_id = ?)")
			.params(item, reporterId)
			.query(Boolean.class)
			.single();
		if (already) {
			return false;
		}
		this.jdbc.sql("""
				insert into moderation_report (item_id, reporter_id, reason, note, reported_at)
				values (?, ?, ?, ?, ?)""")
			.params(item, reporterId, reason.code(), note, Timestamp.from(this.clock.instant()))
			.update();
		return true;
	}

	/** The member's reports, newest first, with what became of each. */
	List<Mine> mine(long reporterId) {
		return this.jdbc.sql("""
				select r.id, rr.label, r.reported_at, i.post_id, m.username, i.outcome, i.closed_at
				from moderation_report r
				join moderation_item i on i.id = r.item_id
				join report_reason rr on rr.code = r.reason
				left join member m on m.id = i.profile_id
				where r.reporter_id = ?
				order by r.reported_at desc, r.id desc limit 200""")
			.param(reporterId)
			.query((rs, row) -> new Mine(rs.getLong("id"), rs.getString("label"),
					rs.getTimestamp("reported_at").toInstant(), rs.getObject("post_id", Long.class),
					rs.getString("username"), rs.getString("outcome"),
					(rs.getTimestamp("closed_at") != null) ? rs.getTimestamp("closed_at").toInstant() : null))
			.list();
	}

}
