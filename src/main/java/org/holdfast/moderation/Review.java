package org.holdfast.moderation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.holdfast.moderation.Screening.Kind;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts posts in front of a moderator: the forum calls it when a check flags a post, when
 * a space reads every post first, or when a writer asks for a second look. A post has at
 * most one open item in the queue; what each new reason adds (an emergency, crisis or
 * method flag, why it is held) is merged into it.
 */
@Service
@EnableConfigurationProperties(ModerationProperties.class)
public class Review {

	private final JdbcClient jdbc;

	private final Clock clock;

	Review(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Opens the post's item in the queue, or adds these flags to the open one.
	 * @param flags what the post was flagged for: an emergency, crisis language or method
	 * detail put it higher in the queue
	 * @param held why the post is out of sight while it waits, or null if it stays up
	 * @return the item's id
	 */
	@Transactional
	public long open(long postId, Set<Kind> flags, @Nullable Held held) {
		return this.jdbc.sql("""
				insert into moderation_item (post_id, emergency, crisis, method, held, opened_at)
				values (?, ?, ?, ?, ?, ?)
				on conflict (post_id) where closed_at is null do update
				set emergency = moderation_item.emergency or excluded.emergency,
				    crisis = moderation_item.crisis or excluded.crisis,
				    method = moderation_item.method or excluded.method,
				    held = coalesce(excluded.held, moderation_item.held)
				returning id""")
			.params(postId, flags.contains(Kind.EMERGENCY), flags.contains(Kind.CRISIS), flags.contains(Kind.METHOD),
					(held != null) ? held.name() : null, Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
	}

	/** The writer deleted the post, so there is nothing left to look at. */
	@Transactional
	public void withdraw(long postId) {
		this.jdbc.sql("""
				update moderation_item set closed_at = ?, outcome = 'WITHDRAWN'
				where post_id = ? and closed_at is null""")
			.params(Timestamp.from(this.clock.instant()), postId)
			.update();
	}

}
