package org.holdfast.moderation;

/**
 * Why a post waits out of sight for a moderator. A post can also wait while it stays up:
 * flagged for crisis language or reported, it is in the queue but not held.
 */
public enum Held {

	/** The space reads every post before it goes up. */
	PREMODERATION,

	/**
	 * The method check matched and the space holds such posts, or only the screening
	 * model thought it had method detail.
	 */
	METHOD,

	/** Only the screening model thought it shares contact details: a person decides. */
	CONTACT,

	/** The writer thought a check was wrong and asked a moderator to look. */
	REVIEW_ASKED,

	/** Several members reported it while no moderator was on shift. */
	REPORTS

}
