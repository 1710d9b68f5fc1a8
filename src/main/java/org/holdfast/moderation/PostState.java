package org.holdfast.moderation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a community post stands, and the moves between states that make sense. It lives
 * here, beside {@link ModeratedPosts}, because it is the language the forum and the
 * moderators share: moderators publish, hold, hide or send back; the writer changes or
 * deletes; nothing brings a deleted post back. The forum moves a post only through one
 * method that refuses any move this table does not allow.
 */
public enum PostState {

	/** Up, for everyone who may see its space. */
	PUBLISHED,

	/** Out of sight, waiting for a moderator. */
	PENDING,

	/** Out of sight until its writer changes it, as a moderator asked. */
	REVISION,

	/** Taken down by a moderator (an appeal can put it back). */
	HIDDEN,

	/**
	 * Deleted by its writer or with their account: its words are gone, its place kept.
	 */
	DELETED;

	/**
	 * Whether a post in this state may move to {@code next}. Staying put is allowed (a
	 * decision made twice changes nothing) except for a deleted post, which is final.
	 */
	public boolean mayBecome(PostState next) {
		return switch (this) {
			case PUBLISHED, PENDING, REVISION -> true;
			// A hidden post is out of its writer's hands: it isn't changed, so it is
			// never waiting for a moderator again; a moderator or an appeal moves it.
			case HIDDEN -> next != PENDING;
			case DELETED -> false;
		};
	}

	/** The states a post may be in to move to {@code next}. */
	public static Set<PostState> before(PostState next) {
		Set<PostState> from = EnumSet.noneOf(PostState.class);
		Arrays.stream(values()).filter((state) -> state.mayBecome(next)).forEach(from::add);
		return from;
	}

	/** Whether readers of the thread see it: up, or a gap where a deleted post was. */
	public boolean shownToReaders() {
		return this == PUBLISHED || this == DELETED;
	}

	/**
	 * Whether its writer may still change or delete it: not once it is deleted or a
	 * moderator has taken it down.
	 */
	public boolean changeableByWriter() {
		return this == PUBLISHED || this == PENDING || this == REVISION;
	}

}
