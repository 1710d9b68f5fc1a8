/**
 * The mood and urge journal: private entries (mood in words, urge strength, what was
 * going on, what helped, a note), and their history as a chart drawn on the server, a
 * table and a few plain sentences. No streaks and no scores.
 */
@org.jspecify.annotations.NullMarked
package org.holdfast.journal;
