/**
 * Growth paths: short guided courses of steps (read, reflect, practice, check in) that
 * remember where each person is, for members in the database and for anonymous visitors
 * in their session, handed over to their account when they sign in.
 */
@org.jspecify.annotations.NullMarked
package org.holdfast.path;
