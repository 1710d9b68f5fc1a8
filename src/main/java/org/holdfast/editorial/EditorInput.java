package org.holdfast.editorial;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * The checks every editor form makes on text (present if required, not too long,
 * typeable) and on addresses, and how an address is made from a title.
 */
public final class EditorInput {

	/** An address part: lower-case letters and digits joined by single hyphens. */
	public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/** The longest address part. */
	public static final int MAX_SLUG = 100;

	private EditorInput() {
	}

	/**
	 * Rejects the field if it is required and empty ({@code required} is the message
	 * key), longer than {@code max}, or holds a control character (or, unless
	 * {@code lines}, a line break).
	 */
	public static void check(Errors errors, String field, String value, int max, @Nullable String required,
			boolean lines) {
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

	/** Rejects an address part that is empty, too long or not {@link #SLUG}. */
	public static void checkSlug(Errors errors, String field, String slug) {
		if (slug.isEmpty()) {
			errors.rejectValue(field, "editor.slug.required");
		}
		else if (slug.length() > MAX_SLUG || !SLUG.matcher(slug).matches()) {
			errors.rejectValue(field, "editor.slug.invalid", new Object[] { MAX_SLUG }, null);
		}
	}

	/**
	 * An address part made from a title: lower-case letters and digits joined by hyphens.
	 */
	public static String slugFor(String title, int max) {
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		return (ascii.length() > max) ? ascii.substring(0, max).replaceAll("-+$", "") : ascii;
	}

}
