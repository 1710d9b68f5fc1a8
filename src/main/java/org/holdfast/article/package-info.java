/**
 * The self-help library: articles, topics and contributors, full-text search with typo
 * tolerance, the article editor, and the starter content that ships with Holdfast.
 */
@org.jspecify.annotations.NullMarked
package org.holdfast.article;
