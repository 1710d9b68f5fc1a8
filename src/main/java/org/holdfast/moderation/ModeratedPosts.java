package org.holdfast.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.holdfast.account.AgeBand;
import org.holdfast.markdown.SafeHtml;

/**
 * What moderation needs from the forum, which the forum provides: a post as a moderator
 * sees it, its earlier versions, and the few changes a moderator makes to it. Moderation
 * decides; the forum keeps its own rules about what each state means for readers.
 */
public interface ModeratedPosts {

	/** A post as a moderator sees it. */
	record Post(long id, long threadId, String threadTitle, boolean opener, String space, AgeBand audience,
			@Nullable Long authorId, @Nullable String author, SafeHtml html, @Nullable String contentWarning,
			PostState state, Instant createdAt, @Nullable Instant editedAt, boolean threadLocked) {

		/** Where readers find it. */
		public String link() {
			return "/community/threads/" + this.threadId + "#post-" + this.id;
		}

		public boolean isPublished() {
			return this.state == PostState.PUBLISHED;
		}

	}

	/** An earlier version of a post, kept when its writer changed it. */
	record Version(@Nullable String title, String body, @Nullable String contentWarning, Instant writtenAt,
			Instant replacedAt) {
	}

	Optional<Post> find(long postId);

	/** Earlier versions, oldest first. */
	List<Version> versions(long postId);

	/** Puts the post up (or leaves it up). */
	void publish(long postId);

	/** Takes the post down while a moderator looks at it. */
	void hold(long postId);

	/** Takes the post down for good, unless an appeal puts it back. */
	void hide(long postId);

	/** Takes the post down until its writer changes it. */
	void askRevision(long postId);

	/** Stops or allows replies to the post's thread. */
	void lock(long threadId, boolean locked);

}
