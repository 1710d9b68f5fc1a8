package org.holdfast.system;

import java.beans.PropertyEditorSupport;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * One rule for every text anyone sends, applied as it is bound: no control characters (a
 * NUL byte, escape codes), only tabs and line breaks. PostgreSQL refuses a NUL, and
 * nothing legible needs the others. A form object gets a field error, so its page comes
 * back with the usual error summary and the words kept; a single request parameter gets a
 * clear "we couldn't accept that" page, never a server error.
 */
@ControllerAdvice
public class TextInput {

	/** Whether the text has a character no form accepts. */
	public static boolean hasControlCharacters(String text) {
		return text.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
	}

	@InitBinder
	void refuseControlCharacters(WebDataBinder binder) {
		if (binder.getTarget() == null && binder.getTargetType() == null) {
			// A single request parameter: its controller checks it with
			// hasControlCharacters, so that its own page can come back with the error.
			return;
		}
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(@Nullable String text) {
				if (text != null && hasControlCharacters(text)) {
					throw new IllegalArgumentException("control characters");
				}
				setValue(text);
			}

		});
	}

}
