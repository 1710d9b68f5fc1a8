package org.holdfast.account;

/**
 * What sign-up asks for: a username, a password, an age band and two agreements. Strings
 * throughout, so that any input binds and gets a clear message rather than a type error.
 */
public class SignUpForm {

	/** The age band value that means "under 13": refused kindly, nothing stored. */
	static final String UNDER_13 = "UNDER_13";

	private String username = "";

	private String password = "";

	private String ageBand = "";

	private boolean guidelines;

	private boolean privacy;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getAgeBand() {
		return this.ageBand;
	}

	public void setAgeBand(String ageBand) {
		this.ageBand = ageBand;
	}

	public boolean isGuidelines() {
		return this.guidelines;
	}

	public void setGuidelines(boolean guidelines) {
		this.guidelines = guidelines;
	}

	public boolean isPrivacy() {
		return this.privacy;
	}

	public void setPrivacy(boolean privacy) {
		this.privacy = privacy;
	}

}
