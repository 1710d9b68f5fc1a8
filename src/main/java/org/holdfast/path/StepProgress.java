package org.holdfast.path;

import java.io.Serializable;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One person's progress on one step: when they first came to it, when they finished it,
 * and, for a check-in, how they felt (0 very bad to 10 very good) and anything they
 * added.
 */
record StepProgress(Instant visitedAt, @Nullable Instant doneAt, @Nullable Integer feeling,
		@Nullable String note) implements Serializable {

	StepProgress(Instant visitedAt, @Nullable Instant doneAt) {
		this(visitedAt, doneAt, null, null);
	}

	boolean done() {
		return this.doneAt != null;
	}

	/** The furthest of both: the first visit, done if either is, the earlier finish. */
	StepProgress furthest(StepProgress other) {
		Instant visited = this.visitedAt.isBefore(other.visitedAt) ? this.visitedAt : other.visitedAt;
		Instant finished;
		if (this.doneAt == null || other.doneAt == null) {
			finished = (this.doneAt != null) ? this.doneAt : other.doneAt;
		}
		else {
			finished = this.doneAt.isBefore(other.doneAt) ? this.doneAt : other.doneAt;
		}
		boolean mine = this.feeling != null;
		return new StepProgress(visited, finished, mine ? this.feeling : other.feeling, mine ? this.note : other.note);
	}

}
