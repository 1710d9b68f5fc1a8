/**
 * The Markdown pipeline every feature shares (library articles, growth-path steps, and
 * later community posts): commonmark with HTML escaped and URLs sanitised, then jsoup's
 * allow-list, into {@link org.holdfast.markdown.SafeHtml}, the only value the one
 * unescaped template fragment takes.
 */
@org.jspecify.annotations.NullMarked
package org.holdfast.markdown;
