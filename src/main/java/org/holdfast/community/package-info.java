/**
 * The community: spaces (with teen and adult spaces kept apart), threads, replies,
 * support reactions, mutes, and "new since your last visit". Every post passes the
 * moderation checks before it goes up; the moderators act on posts through
 * {@link org.holdfast.moderation.ModeratedPosts}, which this package provides.
 */
@org.jspecify.annotations.NullMarked
package org.holdfast.community;
