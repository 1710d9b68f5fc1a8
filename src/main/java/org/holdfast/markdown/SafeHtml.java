package org.holdfast.markdown;

/**
 * HTML that has been through {@link Markdown}: commonmark with HTML escaped and URLs
 * sanitised, then jsoup's allow-list. The only kind of value the one template fragment
 * that writes unescaped HTML ({@code fragments/rich-text}) will take.
 *
 * @param html the sanitised HTML
 */
public record SafeHtml(String html) {

	/**
	 * Wraps HTML read back from a column that only {@link Markdown} writes.
	 */
	public static SafeHtml stored(String html) {
		return new SafeHtml(html);
	}

}
