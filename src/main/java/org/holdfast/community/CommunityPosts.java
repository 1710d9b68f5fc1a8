package org.holdfast.community;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.holdfast.account.AgeBand;
import org.holdfast.account.PublicContributions;
import org.holdfast.markdown.SafeHtml;
import org.holdfast.moderation.ModeratedPosts;
import org.holdfast.moderation.PostState;

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
				select p.id, t.id as thread_id, t.title as thread_title, p.opener, s.name as space, s.audience,
				       p.author_id, m.username as author, p.html, p.content_warning, p.state, p.created_at,
				       p.edited_at, t.locked_at is not null as thread_locked
				from community_post p
				join community_thread t on t.id = p.thread_id
				join community_space s on s.id = t.space_id
				left join member m on m.id = p.author_id
				where p.id = ?""").param(postId).query((rs, row) -> {
			Timestamp edited = rs.getTimestamp("edited_at");
			return new Post(rs.getLong("id"), rs.getLong("thread_id"), rs.getString("thread_title"),
					rs.getBoolean("opener"), rs.getString("space"), AgeBand.valueOf(rs.getString("audience")),
					rs.getObject("author_id", Long.class), rs.getString("author"),
					SafeHtml.stored(rs.getString("html")), rs.getString("content_warning"),
					PostState.valueOf(rs.getString("state")), rs.getTimestamp("created_at").toInstant(),
					(edited != null) ? edited.toInstant() : null, rs.getBoolean("thread_locked"));
		}).optional();
	}

	@Override
	public List<Version> versions(long postId) {
		return this.jdbc.sql("""
				select title, body, content_warning, written_at, replaced_at from community_post_version
				where post_id = ? order by replaced_at, id""")
			.param(postId)
			.query((rs, row) -> new Version(rs.getString("title"), rs.getString("body"),
					rs.getString("content_warning"), rs.getTimestamp("written_at").toInstant(),
					rs.getTimestamp("replaced_at").toInstant()))
			.list();
	}

	@Override
	@Transactional
	public void publish(long postId) {
		move(postId, PostState.PUBLISHED);
	}

	@Override
	@Transactional
	public void hold(long postId) {
		move(postId, PostState.PENDING);
	}

	@Override
	@Transactional
	public void hide(long postId) {
		move(postId, PostState.HIDDEN);
	}

	@Override
	@Transactional
	public void askRevision(long postId) {
		move(postId, PostState.REVISION);
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
	 * Moves a post to a state, if its state now may become that one
	 * ({@link PostState#mayBecome}), and brings its thread's listing up to date. This is
	 * the only way a post's state changes after it is written.
	 * @throws IllegalStateException if the post can't move there (or is gone)
	 */
	void move(long postId, PostState to) {
		Long thread = this.jdbc.sql("""
				update community_post set state = ? where id = ? and state = any (?) returning thread_id""")
			.params(to.name(), postId, PostState.before(to).stream().map(PostState::name).toArray(String[]::new))
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IllegalStateException("Post " + postId + " can't become " + to));
		refresh(thread);
	}

	/** A post's state, locked until the transaction ends so no one else moves it. */
	PostState lockState(long postId) {
		return PostState.valueOf(this.jdbc.sql("select state from community_post where id = ? for update")
			.param(postId)
			.query(String.class)
			.single());
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
		Boolean opener = this.jdbc
			.sql("select opener from community_post where id = ? and state <> 'DELETED' for update")
			.param(postId)
			.query(Boolean.class)
			.optional()
			.orElse(null);
		if (opener == null) {
			return;
		}
		this.jdbc.sql("update community_post set body = '', html = '', content_warning = null where id = ?")
			.param(postId)
			.update();
		this.jdbc.sql("delete from community_post_version where post_id = ?").param(postId).update();
		if (opener) {
			this.jdbc.sql("""
					update community_thread set title = '-'
					where id = (select thread_id from community_post where id = ?)""").param(postId).update();
		}
		move(postId, PostState.DELETED);
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
