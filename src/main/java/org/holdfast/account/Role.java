package org.holdfast.account;

/**
 * What a member may do. Everyone is a {@link #MEMBER}; the others are granted by an
 * admin. Staff roles open pages that can see or change other people's content, so they
 * need a second factor before any of those pages open.
 */
public enum Role {

	MEMBER(false), LISTENER(false), MODERATOR(true), EDITOR(true), ADMIN(true);

	private final boolean staff;

	Role(boolean staff) {
		this.staff = staff;
	}

	/** Whether this role needs two-step sign-in before its pages open. */
	public boolean staff() {
		return this.staff;
	}

	/**
	 * Whether only adults may hold this role: staff read and act on everyone's posts, and
	 * listeners talk with members one to one.
	 */
	public boolean adultsOnly() {
		return this.staff || this == LISTENER;
	}

	/** The authority Spring Security checks, such as {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
