package org.holdfast.account;

/** A username and a password, as typed: signing in, and creating the first admin. */
public class CredentialsForm {

	private String username = "";

	private String password = "";

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

}
