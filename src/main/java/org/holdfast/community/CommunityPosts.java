package org.holdfast.community;

import java.util.List;
import java.util.Optional;

import org.holdfast.account.AgeBand;
import org.holdfast.account.PublicContributions;
import org.holdfast.markdown.SafeHtml;
import org.holdfast.moderation.ModeratedPosts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts as moderation and account deletion see them. Every change of a post's state goes
 * through {@link #move}, which only allows the moves that make sense (nothing brings a
 * deleted post back) and then brings its thread's listing up to date: whether it is
 * listed, its reply count and its latest activity.
 */
@Component
class CommunityPosts implements ModeratedPosts, PublicContributions {

	private final JdbcClient jdbc;

	CommunityPosts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Post> find(long postId) {
		return this.jdbc.sql("""
				select p.id, t.id, t.title, p.opener, s.name, s.audience, p.author_id, m.username, p.html,
				       p.content_warning, p.state, p.created_at, p.edited_at, t.locked_at is not null
				from community_post p
				join community_thread t on t.id = p.thread_id
				join community_space s on s.id = t.space_id
				left join member m on m.id = p.author_id
				where p.id = ?""")
			.param(postId)
			.query((rs, row) -> new Post(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4),
					rs.getString(5), AgeBand.valueOf(rs.getString(6)), (Long) rs.getObject(7), rs.getString(8),
					SafeHtml.stored(rs.getString(9)), rs.getString(10), rs.getString(11),
					rs.getTimestamp(12).toInstant(),
					(rs.getTimestamp(13) != null) ? rs.getTimestamp(13).toInstant() : null, rs.getBoolean(14)))
			.optional();
	}

	@Override
	public List<Version> versions(long postId) {
		return this.jdbc.sql("""
				select title, body, content_warning, written_at, replaced_at from community_post_version
				where post_id = ? order by replaced_at, id""")
			.param(postId)
			.query((rs, row) -> new Version(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()))
			.list();
	}

	@Override
	@Transactional
	public void publish(long postId) {
		move(postId, "PUBLISHED", "PENDING", "HIDDEN", "REVISION", "PUBLISHED");
	}

	@Override
	@Transactional
	public void hold(long postId) {
		move(postId, "PENDING", "PUBLISHED", "PENDING");
	}

	@Override
	@Transactional
	public void hide(long postId) {
		move(postId, "HIDDEN", "PUBLISHED", "PENDING", "REVISION", "HIDDEN");
	}

	@Override
	@Transactional
	public void askRevision(long postId) {
		move(postId, "REVISION", "PUBLISHED", "PENDING", "HIDDEN", "REVISION");
	}

	@Override
	@Transactional
	public void lock(long threadId, boolean locked) {
		this.jdbc
			.sql("update community_thread set locked_at = case when ? then coalesce(locked_at, now()) end where id = ?")
			.params(locked, threadId)
			.update();
	}

	/**
	 * Moves a post to a state from one of the allowed ones.
	 * @throws IllegalStateException if the post is in none of them (or is gone)
	 */
	void move(long postId, String to, String... from) {
		Long thread = this.jdbc.sql("""
				update community_post set state = ? where id = ? and state = any (?) returning thread_id""")
			.params(to, postId, from)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IllegalStateException("Post " + postId + " can't become " + to));
		refresh(thread);
	}

	/** Brings a thread's listing up to date with its posts. */
	void refresh(long threadId) {
		this.jdbc.sql("""
				update community_thread t set
				  reply_count = (select count(*) from community_post p
				                 where p.thread_id = t.id and not p.opener and p.state = 'PUBLISHED'),
				  last_activity_at = coalesce((select max(p.created_at) from community_post p
				                               where p.thread_id = t.id and p.state = 'PUBLISHED'), t.created_at),
				  listed = exists (select 1 from community_post o where o.thread_id = t.id and o.opener
				                   and (o.state = 'PUBLISHED' or (o.state = 'DELETED' and exists (
				                     select 1 from community_post p where p.thread_id = t.id and not p.opener
				                     and p.state = 'PUBLISHED'))))
				where t.id = ?""").param(threadId).update();
	}

	/**
	 * Erases what a post said: its text, its warning, its earlier versions, and (for an
	 * opening post) its thread's title. The post stays as a gap so replies keep their
	 * place.
	 */
	@Transactional
	void erase(long postId) {
		Long thread = this.jdbc.sql("""
				update community_post set state = 'DELETED', body = '', html = '', content_warning = null
				where id = ? and state <> 'DELETED' returning case when opener then thread_id end""")
			.param(postId)
			.query((rs, row) -> (Long) rs.getObject(1))
			.optional()
			.orElse(null);
		this.jdbc.sql("delete from community_post_version where post_id = ?").param(postId).update();
		Long threadId = (thread != null) ? thread : threadOf(postId);
		if (thread != null) {
			this.jdbc.sql("update community_thread set title = '-' where id = ?").param(thread).update();
		}
		refresh(threadId);
	}

	private long threadOf(long postId) {
		return this.jdbc.sql("select thread_id from community_post where id = ?")
			.param(postId)
			.query(Long.class)
			.single();
	}

	@Override
	public long count(long memberId) {
		return this.jdbc.sql("select count(*) from community_post where author_id = ? and state <> 'DELETED'")
			.param(memberId)
			.query(Long.class)
			.single();
	}

	@Override
	@Transactional
	public void deleteAll(long memberId) {
		List<Long> posts = this.jdbc.sql("select id from community_post where author_id = ? and state <> 'DELETED'")
			.param(memberId)
			.query(Long.class)
			.list();
		posts.forEach(this::erase);
	}

}
