package org.holdfast.path;

import org.holdfast.system.TextInput;
import org.springframework.validation.Errors;

/** A reflection as written, and the version it was written over (0 for a first one). */
class ReflectionForm {

	private String body = "";

	private int version;

	void validate(Errors errors) {
		String text = this.body.strip();
		if (text.isEmpty()) {
			errors.rejectValue("body", "paths.reflect.empty");
		}
		else if (text.length() > Reflection.MAX) {
			errors.rejectValue("body", "paths.reflect.long", new Object[] { Reflection.MAX, text.length() }, null);
		}
		else if (TextInput.hasControlCharacters(text)) {
			errors.rejectValue("body", "paths.reflect.control");
		}
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
