package org.holdfast.crisis;

import java.util.regex.Pattern;

/**
 * A number to call or text, kept as written by the service (spaces and dashes help people
 * read it) and dialled without them.
 *
 * @param display the number as the service writes it, for example {@code 116 123}
 */
public record PhoneNumber(String display) {

	static final Pattern FORMAT = Pattern.compile("\\+?[0-9](?:[0-9 -]{0,18}[0-9])?");

	public PhoneNumber {
		if (!FORMAT.matcher(display).matches()) {
			throw new IllegalArgumentException("'" + display + "' is not a phone number (digits, spaces and dashes)");
		}
	}

	/** The digits to dial, for example {@code 116123}. */
	public String dial() {
		return this.display.replaceAll("[ -]", "");
	}

	/** A {@code tel:} link that starts a call on a phone. */
	public String telHref() {
		return "tel:" + dial();
	}

}
