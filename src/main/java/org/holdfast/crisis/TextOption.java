package org.holdfast.crisis;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How to reach a service by text message: a short number and, for some services, a
 * keyword that starts the conversation (text HOME to 741741).
 *
 * @param number the number to text
 * @param keyword the first message the service asks for, or {@code null} when any message
 * works
 */
public record TextOption(PhoneNumber number, @Nullable String keyword) {

	static final Pattern KEYWORD = Pattern.compile("[A-Z0-9]{2,20}");

	public TextOption {
		if (keyword != null && !KEYWORD.matcher(keyword).matches()) {
			throw new IllegalArgumentException("keyword '" + keyword + "' must be 2 to 20 capital letters or digits");
		}
	}

	/**
	 * An {@code sms:} link that opens the messaging app with the keyword already typed.
	 * The {@code ?&body=} form is understood by both Android and iOS.
	 */
	public String smsHref() {
		String href = "sms:" + this.number.dial();
		return (this.keyword != null) ? href + "?&body=" + this.keyword : href;
	}

}
