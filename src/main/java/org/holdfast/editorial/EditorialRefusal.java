package org.holdfast.editorial;

/**
 * A workflow step that is not allowed now, such as approving your own writing or a
 * revision that has changed since the reviewer read it. The code is a message key that
 * says why in plain words.
 */
public class EditorialRefusal extends RuntimeException {

	private final String code;

	public EditorialRefusal(String code) {
		super(code);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
