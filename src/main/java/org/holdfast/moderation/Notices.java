package org.holdfast.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The private notices moderators send a member (a post hidden or sent back for changes, a
 * warning, a suspension), and the member's appeal against one. Only the member and the
 * moderators see them.
 */
@Service
public class Notices {

	/** What the notice is about. */
	enum Kind {

		HIDDEN, REVISION, WARNED, SUSPENDED

	}

	/**
	 * A notice, with the appeal and its answer once there are any, and the moderator who
	 * made the decision it tells of.
	 */
	record Notice(long id, long memberId, @Nullable Long postId, Kind kind, String reason, Instant sentAt,
			@Nullable Instant readAt, @Nullable String appeal, @Nullable Instant appealedAt,
			@Nullable String appealOutcome, @Nullable String appealAnswer, @Nullable String member,
			@Nullable Long decidedBy) {

		public boolean isAppealed() {
			return this.appealedAt != null;
		}

		public boolean isAnswered() {
			return this.appealOutcome != null;
		}

		public boolean isUpheld() {
			return "UPHELD".equals(this.appealOutcome);
		}

	}

	static final String SELECT = """
			select n.id, n.member_id, n.post_id, n.kind, n.reason, n.sent_at, n.read_at, n.appeal, n.appealed_at,
			       n.appeal_outcome, n.appeal_answer, m.username, i.closed_by
			from moderation_notice n left join member m on m.id = n.member_id
			     left join moderation_item i on i.id = n.item_id""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Notices(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	static Notice map(ResultSet rs, int row) throws SQLException {
		return new Notice(rs.getLong("id"), rs.getLong("member_id"), rs.getObject("post_id", Long.class),
				Kind.valueOf(rs.getString("kind")), rs.getString("reason"), rs.getTimestamp("sent_at").toInstant(),
				instant(rs.getTimestamp("read_at")), rs.getString("appeal"), instant(rs.getTimestamp("appealed_at")),
				rs.getString("appeal_outcome"), rs.getString("appeal_answer"), rs.getString("username"),
				rs.getObject("closed_by", Long.class));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** How many notices the member has not opened yet. */
	public long unread(long memberId) {
		return this.jdbc.sql("select count(*) from moderation_notice where member_id = ? and read_at is null")
			.param(memberId)
			.query(Long.class)
			.single();
	}

	List<Notice> of(long memberId) {
		return this.jdbc.sql(SELECT + " where n.member_id = ? order by n.sent_at desc, n.id desc")
			.param(memberId)
			.query(Notices::map)
			.list();
	}

	/** One of the member's own notices, marked as read. */
	@Transactional
	Optional<Notice> open(long memberId, long noticeId) {
		this.jdbc.sql("update moderation_notice set read_at = ? where id = ? and member_id = ? and read_at is null")
			.params(Timestamp.from(this.clock.instant()), noticeId, memberId)
			.update();
		return this.jdbc.sql(SELECT + " where n.id = ? and n.member_id = ?")
			.params(noticeId, memberId)
			.query(Notices::map)
			.optional();
	}

	/** Appeals a notice; false if it was already appealed. */
	@Transactional
	boolean appeal(long memberId, long noticeId, String appeal) {
		return this.jdbc.sql("""
				update moderation_notice set appeal = ?, appealed_at = ?
				where id = ? and member_id = ? and appealed_at is null""")
			.params(appeal, Timestamp.from(this.clock.instant()), noticeId, memberId)
			.update() == 1;
	}

	/** Appeals waiting for an answer, oldest first. */
	List<Notice> appeals() {
		return this.jdbc
			.sql(SELECT + " where n.appealed_at is not null and n.appeal_outcome is null order by n.appealed_at")
			.query(Notices::map)
			.list();
	}

	Optional<Notice> find(long noticeId) {
		return this.jdbc.sql(SELECT + " where n.id = ?").param(noticeId).query(Notices::map).optional();
	}

}
