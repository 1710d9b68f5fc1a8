package org.holdfast.crisis;

import java.net.URI;
import java.time.LocalDate;

/**
 * What the directory offers a visitor from a country it does not list: an international
 * directory of helplines and the emergency number that works from most mobile phones.
 *
 * @param name the directory's name
 * @param web its address
 * @param emergency the emergency number to suggest
 * @param source the page that describes it
 * @param verified when it was last checked
 */
public record Elsewhere(String name, URI web, PhoneNumber emergency, URI source, LocalDate verified) {

	/** The website's host name for display, for example {@code findahelpline.com}. */
	public String webHost() {
		return host(this.web);
	}

	static String host(URI uri) {
		String host = String.valueOf(uri.getHost());
		return host.startsWith("www.") ? host.substring(4) : host;
	}

}
