package org.holdfast.editorial;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How one field changed between two revisions: its label (a message key, with an argument
 * such as a step's title) and the line diff, unchanged stretches folded.
 */
public record FieldChange(String label, @Nullable String argument, List<LineDiff.Line> lines) {

	/** Adds the field's change to the list, if it changed at all. */
	public static void add(List<FieldChange> changes, String label, @Nullable String argument, String before,
			String after) {
		if (!before.equals(after)) {
			changes.add(new FieldChange(label, argument, LineDiff.changes(before, after, 3)));
		}
	}

}
