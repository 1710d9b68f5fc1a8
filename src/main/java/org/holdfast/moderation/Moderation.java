package org.holdfast.moderation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.holdfast.admin.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a moderator does, each as one transaction with its audit record: decide an item in
 * the queue (approve, hide, ask for a revision, warn, suspend), lock a thread, and answer
 * an appeal. Whoever's post is taken down gets a private notice with the reason, their
 * crisis lines and a way to appeal; the people who reported it see the outcome.
 */
@Service
class Moderation {

	/** A moderator's decision on an item in the queue. */
	enum Decision {

		/** Leave it up, or put it up: it is within the guidelines. */
		APPROVE(null, "APPROVED"),

		/** Take the post down, with a reason for its writer. */
		HIDE(Notices.Kind.HIDDEN, "HIDDEN"),

		/** Take the post down until its writer changes it. */
		REVISION(Notices.Kind.REVISION, "REVISION"),

		/** Take the post down (if it is a post) and warn its writer. */
		WARN(Notices.Kind.WARNED, "WARNED"),

		/** Take the post down (if it is a post) and suspend its writer from posting. */
		SUSPEND(Notices.Kind.SUSPENDED, "SUSPENDED");

		final Notices.@Nullable Kind notice;

		final String outcome;

		Decision(Notices.@Nullable Kind notice, String outcome) {
			this.notice = notice;
			this.outcome = outcome;
		}

		/** Whether the writer is told why, which needs a reason. */
		boolean needsReason() {
			return this.notice != null;
		}

		/** Whether the decision is only about a post (not a profile). */
		boolean postOnly() {
			return this == HIDE || this == REVISION;
		}

	}

	/** A decision that can't be made, with the message key that says why. */
	static class Refused extends RuntimeException {

		private final String key;

		Refused(String key) {
			super(key);
			this.key = key;
		}

		String key() {
			return this.key;
		}

	}

	private final JdbcClient jdbc;

	private final ModeratedPosts posts;

	private final Suspensions suspensions;

	private final AuditLog audit;

	private final Clock clock;

	Moderation(JdbcClient jdbc, ModeratedPosts posts, Suspensions suspensions, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.posts = posts;
		this.suspensions = suspensions;
		this.audit = audit;
		this.clock = clock;
	}

	private record OpenItem(long id, @Nullable Long postId, @Nullable Long profileId) {
	}

	/**
	 * Decides an open item.
	 * @throws Refused if the item was already decided, the decision needs a reason and
	 * has none, or the decision does not fit the item
	 */
	@Transactional
	void decide(long itemId, long moderatorId, Decision decision, @Nullable String reason) {
		OpenItem item = this.jdbc
			.sql("select id, post_id, profile_id from moderation_item where id = ? and closed_at is null for update")
			.param(itemId)
			.query((rs, row) -> new OpenItem(rs.getLong("id"), rs.getObject("post_id", Long.class),
					rs.getObject("profile_id", Long.class)))
			.optional()
			.orElseThrow(() -> new Refused("moderation.refused.closed"));
		String why = (reason != null) ? reason.strip() : "";
		if (decision.needsReason() && why.isEmpty()) {
			throw new Refused("moderation.refused.reason");
		}
		if (why.length() > 1000) {
			throw new Refused("moderation.refused.long");
		}
		if (decision.postOnly() && item.postId() == null) {
			throw new Refused("moderation.refused.profile");
		}
		Long subject = item.profileId();
		if (item.postId() != null) {
			ModeratedPosts.Post post = this.posts.find(item.postId())
				.orElseThrow(() -> new Refused("moderation.refused.closed"));
			subject = post.authorId();
			switch (decision) {
				case APPROVE -> this.posts.publish(post.id());
				case REVISION -> this.posts.askRevision(post.id());
				default -> this.posts.hide(post.id());
			}
			this.audit.record(moderatorId, "post." + decision.outcome.toLowerCase(Locale.ROOT), subject,
					"post " + post.id(), why.isEmpty() ? null : why);
		}
		if (decision.notice != null && subject != null) {
			long notice = notify(subject, item, decision.notice, why);
			if (decision == Decision.SUSPEND) {
				Suspensions.Suspension suspension = this.suspensions.suspend(subject, notice);
				this.audit.record(moderatorId, "member.community-suspended", subject,
						suspension.permanent() ? "permanent" : "until " + suspension.endsAt(), why);
			}
			else if (decision == Decision.WARN) {
				this.audit.record(moderatorId, "member.warned", subject, null, why);
			}
		}
		else if (item.profileId() != null) {
			this.audit.record(moderatorId, "profile.approved", subject, null, null);
		}
		this.jdbc.sql("update moderation_item set closed_at = ?, closed_by = ?, outcome = ? where id = ?")
			.params(now(), moderatorId, decision.outcome, itemId)
			.update();
	}

	private long notify(long memberId, OpenItem item, Notices.Kind kind, String reason) {
		return this.jdbc.sql("""
				insert into moderation_notice (member_id, item_id, post_id, kind, reason, sent_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(memberId, item.id(), item.postId(), kind.name(), reason, now())
			.query(Long.class)
			.single();
	}

	/** Locks or unlocks the thread a post is in. */
	@Transactional
	void lock(long threadId, long moderatorId, boolean locked) {
		this.posts.lock(threadId, locked);
		this.audit.record(moderatorId, locked ? "thread.locked" : "thread.unlocked", null, "thread " + threadId, null);
	}

	/**
	 * Answers an appeal. Upholding it undoes the decision: the post goes back up and a
	 * suspension is lifted.
	 * @throws Refused if there is no appeal waiting on that notice, no answer, or the
	 * moderator made the decision and another could answer instead
	 */
	@Transactional
	void answer(long noticeId, long moderatorId, boolean upheld, @Nullable String answer) {
		String text = (answer != null) ? answer.strip() : "";
		if (text.isEmpty()) {
			throw new Refused("moderation.refused.answer");
		}
		Notices.Notice notice = this.jdbc
			.sql(Notices.SELECT
					+ " where n.id = ? and n.appealed_at is not null and n.appeal_outcome is null for update of n")
			.param(noticeId)
			.query(Notices::map)
			.optional()
			.orElseThrow(() -> new Refused("moderation.refused.appeal"));
		if (!mayAnswer(notice, moderatorId)) {
			throw new Refused("moderation.refused.own-decision");
		}
		this.jdbc.sql("""
				update moderation_notice
				set appeal_outcome = ?, appeal_answer = ?, appeal_decided_at = ?, appeal_decided_by = ?
				where id = ?""").params(upheld ? "UPHELD" : "DECLINED", text, now(), moderatorId, noticeId).update();
		if (upheld) {
			if (notice.postId() != null
					&& this.posts.find(notice.postId()).filter((p) -> p.state() != PostState.DELETED).isPresent()) {
				this.posts.publish(notice.postId());
			}
			if (notice.kind() == Notices.Kind.SUSPENDED) {
				this.suspensions.lift(noticeId);
			}
		}
		this.audit.record(moderatorId, upheld ? "appeal.upheld" : "appeal.declined", notice.memberId(),
				"notice " + noticeId, text);
	}

	/**
	 * Whether this moderator may answer the appeal on a notice. An appeal is a second
	 * look, so the moderator who made the decision may answer it only when no other
	 * moderator could: a site with a single moderator still answers its appeals.
	 */
	boolean mayAnswer(Notices.Notice notice, long moderatorId) {
		if (notice.decidedBy() == null || notice.decidedBy() != moderatorId) {
			return true;
		}
		return this.jdbc.sql("""
				select not exists (
				    select 1 from member_role r join member m on m.id = r.member_id
				    where r.role = 'MODERATOR' and r.member_id <> ? and m.suspended_at is null)""")
			.param(moderatorId)
			.query(Boolean.class)
			.single();
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(this.clock));
	}

}
