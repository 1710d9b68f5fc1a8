package org.holdfast.path;

import java.io.Serializable;
import java.time.Instant;

/**
 * What someone wrote at a reflection step. The version counts saves, so that a save from
 * a tab that is out of date is noticed instead of overwriting the newer text.
 */
record Reflection(String body, int version, Instant updatedAt) implements Serializable {

	/** The most a reflection can hold when written in one go. */
	static final int MAX = 10_000;

}
