package org.holdfast.path;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Where one person's progress is kept: a member's in the database, an anonymous visitor's
 * in their session. Progress only moves forward: visiting a step never undoes its being
 * done.
 */
interface ProgressStore {

	/** Progress on these steps (missing ones have none). */
	Map<Long, StepProgress> progress(Collection<Long> stepIds);

	/** The step they were last on in this path, if any. */
	@Nullable Long place(long pathId);

	/** The paths they have been on. */
	Set<Long> paths();

	/** They are on this step now. */
	void visit(long pathId, long stepId, Instant now);

	void done(long pathId, long stepId, Instant now);

	/**
	 * A check-in answered (0 to 10, and perhaps a few words): also marks the step done.
	 */
	void feeling(long pathId, long stepId, int feeling, @Nullable String note, Instant now);

	Optional<Reflection> reflection(long stepId);

	/** Every reflection, by step. */
	Map<Long, Reflection> reflections();

	/**
	 * Saves a reflection over the given version (0 for a new one). Refuses with
	 * {@link StaleReflection} if another tab saved in between.
	 */
	Reflection saveReflection(long pathId, long stepId, String body, int version, Instant now);

	void deleteReflection(long stepId);

	/** Thrown when a reflection was changed elsewhere since this version was read. */
	class StaleReflection extends RuntimeException {

		StaleReflection() {
			super("The reflection changed since it was read");
		}

	}

}
