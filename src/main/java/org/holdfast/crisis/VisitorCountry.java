package org.holdfast.crisis;

import org.jspecify.annotations.Nullable;

/**
 * The country whose crisis lines a visitor sees, and why.
 *
 * @param country the country, or {@code null} for the international fallback
 * @param reason how it was decided
 */
public record VisitorCountry(@Nullable Country country, Reason reason) {

	/** How the country was decided, in order of precedence. */
	public enum Reason {

		/** The visitor chose it on {@code /help} (a cookie). */
		CHOSEN,

		/** The region in the browser's {@code Accept-Language} header. */
		LANGUAGE,

		/** Neither told us: the international fallback. */
		UNKNOWN

	}

	/** Whether the visitor sees the international fallback rather than a country. */
	public boolean elsewhere() {
		return this.country == null;
	}

}
