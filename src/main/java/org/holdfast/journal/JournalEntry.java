package org.holdfast.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One journal entry: the day it is about, mood (1 very low to 5 very good), urge strength
 * (0 none to 10 strongest), what was going on, what helped (toolbox references such as
 * {@code a12} or {@code o7}) and a note. Mood or urge may be left out, not both.
 */
record JournalEntry(long id, LocalDate day, @Nullable Integer mood, @Nullable Integer urge, @Nullable String situation,
		@Nullable String note, List<String> helped, Instant writtenAt) {

	/** The mood's words' message key ("journal.mood.3"), or null without a mood. */
	@Nullable String moodKey() {
		return (this.mood != null) ? "journal.mood." + this.mood : null;
	}

}
