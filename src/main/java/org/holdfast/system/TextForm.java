package org.holdfast.system;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Helpers for pages that show their own error for a field bound under the one text rule
 * ({@link TextInput}): the message to show, and the words to put back in the form with
 * the refused characters taken out.
 */
public final class TextForm {

	/** The message code for a text refused as it was bound. */
	public static final String REFUSED = "typeMismatch.java.lang.String";

	private TextForm() {
	}

	/** What the member typed into the field, less the characters that were refused. */
	public static @Nullable String typed(BindingResult bound, String field, @Nullable String value) {
		FieldError error = bound.getFieldError(field);
		if (error != null && error.getRejectedValue() instanceof String rejected) {
			return rejected.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]", "");
		}
		return value;
	}

}
