package org.holdfast.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.holdfast.markdown.SafeHtml;
import org.holdfast.moderation.PostState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reading the forum: a space's threads by latest activity (never by engagement), a
 * thread's posts in the order they were written with their support counts, and when a
 * member last saw a thread. Lists are paged by a fixed size, with one row more fetched to
 * know whether there is another page, so no page counts the whole table.
 */
@Component
class Forum {

	static final int THREADS_PER_PAGE = 25;

	static final int POSTS_PER_PAGE = 50;

	/** A thread in a space's list. */
	record ThreadSummary(long id, String title, @Nullable Long authorId, @Nullable String author, Instant createdAt,
			Instant lastActivityAt, int replies, boolean locked, boolean unseen, @Nullable String contentWarning,
			boolean openerDeleted) {
	}

	/** A thread as its page shows it. */
	record ThreadView(long id, long spaceId, String title, @Nullable Long authorId, @Nullable String author,
			Instant createdAt, boolean locked, boolean listed, int replies, boolean openerDeleted) {
	}

	/** A post with its support counts, and whether the reader sent each kind. */
	record PostView(long id, long threadId, boolean opener, @Nullable Long authorId, @Nullable String author,
			String body, SafeHtml html, @Nullable String contentWarning, Instant createdAt, @Nullable Instant editedAt,
			PostState state, long hear, long strength, boolean heard, boolean strengthened) {

		public boolean isPublished() {
			return this.state == PostState.PUBLISHED;
		}

		public boolean isDeleted() {
			return this.state == PostState.DELETED;
		}

		boolean by(long memberId) {
			return this.authorId != null && this.authorId == memberId;
		}

	}

	private final JdbcClient jdbc;

	Forum(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of a space's listed threads, newest activity first; one extra row if more.
	 */
	List<ThreadSummary> threads(long spaceId, int page, long readerId) {
		return this.jdbc.sql("""
				with page as (
				  select id, title, author_id, created_at, last_activity_at, reply_count, locked_at
				  from community_thread where space_id = ? and listed
				  order by last_activity_at desc, id desc limit ? offset ?)
				select t.id, t.title, t.author_id, m.username as author, t.created_at, t.last_activity_at,
				       t.reply_count as replies, t.locked_at is not null as locked,
				       (v.seen_at is null or v.seen_at < t.last_activity_at) as unseen,
				       o.content_warning, o.state = 'DELETED' as opener_deleted
				from page t
				join community_post o on o.thread_id = t.id and o.opener
				left join member m on m.id = t.author_id
				left join community_visit v on v.thread_id = t.id and v.member_id = ?
				order by t.last_activity_at desc, t.id desc""")
			.params(spaceId, THREADS_PER_PAGE + 1, page * THREADS_PER_PAGE, readerId)
			.query(Forum::summary)
			.list();
	}

	/**
	 * The reader's own threads in a space that are not listed yet (waiting or sent back).
	 */
	List<ThreadSummary> waiting(long spaceId, long authorId) {
		return this.jdbc.sql("""
				select t.id, t.title, t.author_id, null as author, t.created_at, t.last_activity_at, 0 as replies,
				       t.locked_at is not null as locked, false as unseen, o.content_warning,
				       false as opener_deleted
				from community_thread t join community_post o on o.thread_id = t.id and o.opener
				where t.space_id = ? and t.author_id = ? and not t.listed and o.state <> 'DELETED'
				order by t.created_at desc limit 20""").params(spaceId, authorId).query(Forum::summary).list();
	}

	private static ThreadSummary summary(ResultSet rs, int row) throws SQLException {
		return new ThreadSummary(rs.getLong("id"), rs.getString("title"), rs.getObject("author_id", Long.class),
				rs.getString("author"), instant(rs, "created_at"), instant(rs, "last_activity_at"),
				rs.getInt("replies"), rs.getBoolean("locked"), rs.getBoolean("unseen"), rs.getString("content_warning"),
				rs.getBoolean("opener_deleted"));
	}

	Optional<ThreadView> thread(long id) {
		return this.jdbc.sql("""
				select t.id, t.space_id, t.title, t.author_id, m.username as author, t.created_at,
				       t.locked_at is not null as locked, t.listed, t.reply_count, o.state = 'DELETED' as opener_deleted
				from community_thread t
				join community_post o on o.thread_id = t.id and o.opener
				left join member m on m.id = t.author_id
				where t.id = ?""")
			.param(id)
			.query((rs, row) -> new ThreadView(rs.getLong("id"), rs.getLong("space_id"), rs.getString("title"),
					rs.getObject("author_id", Long.class), rs.getString("author"), instant(rs, "created_at"),
					rs.getBoolean("locked"), rs.getBoolean("listed"), rs.getInt("reply_count"),
					rs.getBoolean("opener_deleted")))
			.optional();
	}

	/**
	 * A page of a thread's posts in the order written; one extra row if more. Readers see
	 * published posts, deleted ones as a gap, and their own whatever their state;
	 * moderators see every post.
	 */
	List<PostView> posts(long threadId, int page, long readerId, boolean moderator) {
		return this.jdbc.sql(SELECT_POSTS + """
				where p.thread_id = ? and (p.state in ('PUBLISHED', 'DELETED') or p.author_id = ? or ?)
				group by p.id, m.username
				order by p.created_at, p.id
				limit ? offset ?""")
			.params(readerId, readerId, threadId, readerId, moderator, POSTS_PER_PAGE + 1, page * POSTS_PER_PAGE)
			.query(Forum::post)
			.list();
	}

	/** One post, with the reader's reactions. */
	Optional<PostView> post(long postId, long readerId) {
		return this.jdbc.sql(SELECT_POSTS + " where p.id = ? group by p.id, m.username")
			.params(readerId, readerId, postId)
			.query(Forum::post)
			.optional();
	}

	/** Which page of its thread a post is on, as the reader sees the thread. */
	int pageOf(long postId, long threadId, long readerId, boolean moderator) {
		Long before = this.jdbc.sql("""
				select count(*) from community_post p, community_post target
				where target.id = ? and p.thread_id = ?
				  and (p.created_at, p.id) < (target.created_at, target.id)
				  and (p.state in ('PUBLISHED', 'DELETED') or p.author_id = ? or ?)""")
			.params(postId, threadId, readerId, moderator)
			.query(Long.class)
			.single();
		return (int) (before / POSTS_PER_PAGE);
	}

	/**
	 * A member's latest published posts, in spaces for this audience, for their profile.
	 */
	List<PostView> recentBy(long authorId, String audience, int limit) {
		return this.jdbc.sql(SELECT_POSTS + """
				join community_thread t on t.id = p.thread_id
				join community_space s on s.id = t.space_id
				where p.author_id = ? and p.state = 'PUBLISHED' and t.listed and s.audience = ?
				group by p.id, m.username
				order by p.created_at desc limit ?""")
			.params(0L, 0L, authorId, audience, limit)
			.query(Forum::post)
			.list();
	}

	/**
	 * When the member last opened the thread (null if never), and records this visit. The
	 * row is only written when there is something new since the last one, so reading a
	 * thread again (or many times at once) costs no write.
	 */
	@Nullable Instant visit(long memberId, long threadId, Instant now) {
		Timestamp before = this.jdbc.sql("""
				with before as (select seen_at from community_visit where member_id = ? and thread_id = ?),
				visit as (
				  insert into community_visit (member_id, thread_id, seen_at) values (?, ?, ?)
				  on conflict (member_id, thread_id) do update set seen_at = excluded.seen_at
				  where community_visit.seen_at < (select last_activity_at from community_thread where id = ?))
				select (select seen_at from before)""")
			.params(memberId, threadId, memberId, threadId, Timestamp.from(now), threadId)
			.query(Timestamp.class)
			.optional()
			.orElse(null);
		return (before != null) ? before.toInstant() : null;
	}

	private static final String SELECT_POSTS = """
			select p.id, p.thread_id, p.opener, p.author_id, m.username as author, p.body, p.html,
			       p.content_warning, p.created_at, p.edited_at, p.state,
			       count(r.kind) filter (where r.kind = 'HEAR') as hear,
			       count(r.kind) filter (where r.kind = 'STRENGTH') as strength,
			       coalesce(bool_or(r.member_id = ? and r.kind = 'HEAR'), false) as heard,
			       coalesce(bool_or(r.member_id = ? and r.kind = 'STRENGTH'), false) as strengthened
			from community_post p
			left join member m on m.id = p.author_id
			left join community_reaction r on r.post_id = p.id
			""";

	private static PostView post(ResultSet rs, int row) throws SQLException {
		Timestamp edited = rs.getTimestamp("edited_at");
		return new PostView(rs.getLong("id"), rs.getLong("thread_id"), rs.getBoolean("opener"),
				rs.getObject("author_id", Long.class), rs.getString("author"), rs.getString("body"),
				SafeHtml.stored(rs.getString("html")), rs.getString("content_warning"), instant(rs, "created_at"),
				(edited != null) ? edited.toInstant() : null, PostState.valueOf(rs.getString("state")),
				rs.getLong("hear"), rs.getLong("strength"), rs.getBoolean("heard"), rs.getBoolean("strengthened"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

}
