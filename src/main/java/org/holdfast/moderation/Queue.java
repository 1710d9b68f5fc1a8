package org.holdfast.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The moderators' queue as they read it: open items, the riskiest first (a medical
 * emergency, then crisis language or an urgent report, then method detail, then the most
 * reported), and within each the oldest first, so nothing waits behind newer things of
 * the same weight.
 */
@Component
class Queue {

	/** How many items one page of the queue shows. */
	static final int PAGE = 50;

	/** An open item and why it is there. */
	record Item(long id, @Nullable Long postId, @Nullable Long profileId, @Nullable String profile, boolean emergency,
			boolean crisis, boolean method, @Nullable String held, Instant openedAt, long reports,
			@Nullable String outcome) {

		public boolean isOpen() {
			return this.outcome == null;
		}

	}

	/** A report as a moderator sees it: the reason, the note, and when. */
	record Report(String reason, boolean urgent, @Nullable String note, Instant reportedAt) {
	}

	private static final String SELECT = """
			select i.id, i.post_id, i.profile_id, m.username, i.emergency,
			       i.crisis or coalesce(bool_or(rr.urgent), false) as crisis, i.method, i.held, i.opened_at,
			       count(r.id) as reports, i.outcome
			from moderation_item i
			left join moderation_report r on r.item_id = i.id
			left join report_reason rr on rr.code = r.reason
			left join member m on m.id = i.profile_id""";

	private final JdbcClient jdbc;

	Queue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of open items, riskiest and then oldest first. */
	List<Item> open(int page) {
		return this.jdbc.sql(SELECT + """
				 where i.closed_at is null
				group by i.id, m.username
				order by i.emergency desc, 6 desc, i.method desc, count(r.id) desc, i.opened_at, i.id
				limit ? offset ?""").params(PAGE + 1, page * PAGE).query(Queue::map).list();
	}

	long count() {
		return this.jdbc.sql("select count(*) from moderation_item where closed_at is null").query(Long.class).single();
	}

	Optional<Item> find(long id) {
		return this.jdbc.sql(SELECT + " where i.id = ? group by i.id, m.username")
			.param(id)
			.query(Queue::map)
			.optional();
	}

	/** The open item for a post, if it has one. */
	Optional<Long> openFor(long postId) {
		return this.jdbc.sql("select id from moderation_item where post_id = ? and closed_at is null")
			.param(postId)
			.query(Long.class)
			.optional();
	}

	List<Report> reports(long itemId) {
		return this.jdbc.sql("""
				select rr.label, rr.urgent, r.note, r.reported_at from moderation_report r
				join report_reason rr on rr.code = r.reason where r.item_id = ? order by r.reported_at""")
			.param(itemId)
			.query((rs, row) -> new Report(rs.getString("label"), rs.getBoolean("urgent"), rs.getString("note"),
					rs.getTimestamp("reported_at").toInstant()))
			.list();
	}

	private static Item map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Item(rs.getLong("id"), (Long) rs.getObject("post_id"), (Long) rs.getObject("profile_id"),
				rs.getString("username"), rs.getBoolean("emergency"), rs.getBoolean("crisis"), rs.getBoolean("method"),
				rs.getString("held"), rs.getTimestamp("opened_at").toInstant(), rs.getLong("reports"),
				rs.getString("outcome"));
	}

}
