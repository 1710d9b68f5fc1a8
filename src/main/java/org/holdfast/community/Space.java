package org.holdfast.community;

import org.holdfast.account.AgeBand;

/**
 * A sub-community with its own guidelines and settings: who it is for (teens or adults,
 * never both), whether a moderator reads every post first, whether new accounts may post,
 * what happens to a post with method detail, and how often a member may post.
 */
record Space(long id, String slug, String name, String description, String guidelines, AgeBand audience,
		boolean premoderated, boolean newAccountsMayPost, MethodPolicy methodPolicy, int postsPerHour,
		int newAccountPostsPerHour) {

	/** What happens to a post that the method check flags. */
	enum MethodPolicy {

		/** It waits, out of sight, for a moderator. */
		HOLD,

		/** The writer is asked to change it first. */
		REVISE

	}

	public boolean isTeen() {
		return this.audience == AgeBand.TEEN;
	}

}
