package org.holdfast.account;

/** Username, one recovery code and a new password. */
public class RecoverForm {

	private String username = "";

	private String code = "";

	private String password = "";

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
