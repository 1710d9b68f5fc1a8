package org.holdfast.editorial;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a piece of content in the workflow. The database keeps these
 * append-only.
 *
 * @param revision the revision it happened to
 * @param action what happened
 * @param memberId who did it, or {@code null} for Holdfast itself or a deleted account
 * @param member their username, or {@code null}
 * @param note the editor's note (why it was sent back, what changed), if any
 * @param occurredAt when
 */
public record EditorialEvent(int revision, Action action, @Nullable Long memberId, @Nullable String member,
		@Nullable String note, Instant occurredAt) {

	/** What can happen to content. */
	public enum Action {

		/** Loaded from the starter content that ships with Holdfast. */
		IMPORTED,
		/** An editor saved a new revision. */
		SAVED,
		/** Sent for a second editor's review. */
		SUBMITTED,
		/** Approved by a second editor, and so published. */
		APPROVED,
		/** Sent back to its writers with a note. */
		RETURNED,
		/** Taken off the site. */
		ARCHIVED,
		/** Brought back from the archive as a draft, to be reviewed again. */
		UNARCHIVED,
		/** An old revision saved again as the newest. */
		RESTORED

	}

}
