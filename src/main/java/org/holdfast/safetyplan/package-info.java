/**
 * The personal safety plan (the Stanley-Brown model's seven sections): anyone can fill it
 * in, print it or download it without an account; members keep it, private to them, and
 * change it from any device.
 */
@org.jspecify.annotations.NullMarked
package org.holdfast.safetyplan;
