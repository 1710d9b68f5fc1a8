package org.holdfast.account;

/**
 * The current password (to prove it is really the member at this browser) and, when
 * changing it, a new one. Also used, with just the current password, before showing new
 * recovery codes and before deleting the account, with the delete choice.
 */
public class PasswordForm {

	private String current = "";

	private String password = "";

	private String contributions = "";

	private boolean confirm;

	public String getCurrent() {
		return this.current;
	}

	public void setCurrent(String current) {
		this.current = current;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getContributions() {
		return this.contributions;
	}

	public void setContributions(String contributions) {
		this.contributions = contributions;
	}

	public boolean isConfirm() {
		return this.confirm;
	}

	public void setConfirm(boolean confirm) {
		this.confirm = confirm;
	}

}
