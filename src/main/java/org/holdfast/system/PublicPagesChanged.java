package org.holdfast.system;

/**
 * Published when content that anonymous visitors see has changed (an article published,
 * renamed or archived), so that {@link PublicPageCache} forgets the pages it kept.
 */
public record PublicPagesChanged() {
}
