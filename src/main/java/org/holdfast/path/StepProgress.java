package org.holdfast.path;

import java.io.Serializable;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One person's progress on one step: when they first came to it, when they finished it,
 * and, for a check-in, how they felt (0 very bad to 10 very good).
 */
record StepProgress(Instant visitedAt, @Nullable Instant doneAt, @Nullable Integer feeling) implements Serializable {

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
		return new StepProgress(visited, finished, (this.feeling != null) ? this.feeling : other.feeling);
	}

}
