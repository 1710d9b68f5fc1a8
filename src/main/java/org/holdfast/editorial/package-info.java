/**
 * The editorial workflow every kind of content shares: each saved version kept as a
 * revision, publishing only after a second editor approves, an append-only record of who
 * did what, line diffs between revisions, and safe-messaging hints for the text an editor
 * writes.
 */
@org.jspecify.annotations.NullMarked
package org.holdfast.editorial;
