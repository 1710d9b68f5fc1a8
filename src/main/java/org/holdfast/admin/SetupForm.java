package org.holdfast.admin;

/** The first admin's username and password. */
public class SetupForm {

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
