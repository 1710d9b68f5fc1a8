/**
 * Moderation: the checks a post passes before it goes up (crisis language, method detail,
 * contact details), run on this server only. Reports, the review queue and the audit log
 * will live here too.
 */
@org.jspecify.annotations.NullMarked
package org.holdfast.moderation;
