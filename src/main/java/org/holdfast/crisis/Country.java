package org.holdfast.crisis;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A country in the crisis directory: its emergency numbers and its crisis lines in the
 * order the banner should prefer them.
 *
 * @param code the ISO 3166 alpha-2 code, upper case
 * @param emergency emergency numbers, the first being the one to show first
 * @param lines crisis lines, most generally useful first
 */
public record Country(String code, List<EmergencyNumber> emergency, List<CrisisLine> lines) {

	public Country {
		emergency = List.copyOf(emergency);
		lines = List.copyOf(lines);
	}

	/** The lower-case code used in addresses such as {@code /help/gb}. */
	public String slug() {
		return this.code.toLowerCase(Locale.ROOT);
	}

	/** The country's name in the given language, from the JDK's locale data. */
	public String name(Locale locale) {
		return new Locale("", this.code).getDisplayCountry(locale);
	}

	/**
	 * The line the banner offers to call: the first fully confirmed line with a call
	 * number, or failing that the first with one (which the banner marks as unconfirmed).
	 */
	public @Nullable CrisisLine primaryCallLine() {
		return preferConfirmed((line) -> line.call() != null);
	}

	/** The line the banner offers to text, chosen the same way. */
	public @Nullable CrisisLine primaryTextLine() {
		return preferConfirmed((line) -> line.text() != null);
	}

	private @Nullable CrisisLine preferConfirmed(Predicate<CrisisLine> offers) {
		return this.lines.stream().filter(offers).min(Comparator.comparing(CrisisLine::unconfirmed)).orElse(null);
	}

}
