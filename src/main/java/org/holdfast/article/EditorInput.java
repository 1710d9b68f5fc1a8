package org.holdfast.article;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * The checks every editor form makes on text: present if required, not too long,
 * typeable.
 */
final class EditorInput {

	private EditorInput() {
	}

	/**
	 * Rejects the field if it is required and empty ({@code required} is the message
	 * key), longer than {@code max}, or holds a control character (or, unless
	 * {@code lines}, a line break).
	 */
	static void check(Errors errors, String field, String value, int max, @Nullable String required, boolean lines) {
		if (required != null && value.isEmpty()) {
			errors.rejectValue(field, required);
		}
		else if (value.length() > max) {
			errors.rejectValue(field, "editor.too-long", new Object[] { max }, null);
		}
		else if (value.chars()
			.anyMatch((c) -> (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
					|| (!lines && (c == '\n' || c == '\r')))) {
			errors.rejectValue(field, "editor.control");
		}
	}

	/** An address part: lower-case letters and digits joined by single hyphens. */
	static void checkSlug(Errors errors, String field, String slug) {
		if (slug.isEmpty()) {
			errors.rejectValue(field, "editor.slug.required");
		}
		else if (slug.length() > ArticleDraft.MAX_SLUG || !ArticleDraft.SLUG.matcher(slug).matches()) {
			errors.rejectValue(field, "editor.slug.invalid", new Object[] { ArticleDraft.MAX_SLUG }, null);
		}
	}

}
