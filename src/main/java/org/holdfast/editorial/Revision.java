package org.holdfast.editorial;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One saved version of a piece of content: its fields as JSON, who wrote it and when.
 * Never changed once saved; restoring an old version saves it again as a new one.
 *
 * @param number counts from 1 for each piece of content
 * @param document the fields as the editor saved them (JSON, read by the content's owner)
 * @param authorId the editor, or {@code null} for starter content or a deleted account
 * @param author the editor's username, or {@code null}
 * @param createdAt when it was saved
 */
public record Revision(int number, String document, @Nullable Long authorId, @Nullable String author,
		Instant createdAt) {

}
