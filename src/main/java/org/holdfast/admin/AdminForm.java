package org.holdfast.admin;

/** A change to a member's account: which role (for role changes), and why. */
public class AdminForm {

	private String role = "";

	private String reason = "";

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
