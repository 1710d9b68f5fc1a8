package org.holdfast.account;

/**
 * What a feature holds that a member wrote in public (posts, replies, reactions). When a
 * member deletes their account they choose: delete all of it, or keep it without their
 * name. Keeping it anonymously needs nothing from the feature: its foreign key to
 * {@code member} is {@code ON DELETE SET NULL}. Deleting it calls {@link #deleteAll}.
 */
public interface PublicContributions {

	/** How many public contributions of this member the feature holds. */
	long count(long memberId);

	/** Deletes every public contribution of this member. */
	void deleteAll(long memberId);

}
