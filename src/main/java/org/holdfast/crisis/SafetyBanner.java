package org.holdfast.crisis;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the banner shows one visitor: a line to call, a line to text where one exists, the
 * emergency number, and for visitors outside the directory the international fallback.
 * Exposed to every template as the request attribute {@value #ATTRIBUTE}.
 */
public record SafetyBanner(VisitorCountry visitor, @Nullable CrisisLine callLine, @Nullable CrisisLine textLine,
		EmergencyNumber emergency, Elsewhere elsewhere) {

	public static final String ATTRIBUTE = "safety";

	static SafetyBanner of(VisitorCountry visitor, CrisisDirectory directory) {
		Country country = visitor.country();
		if (country == null) {
			return new SafetyBanner(visitor, null, null,
					new EmergencyNumber(directory.elsewhere().emergency(), null,
							List.of(directory.elsewhere().source()), directory.elsewhere().verified()),
					directory.elsewhere());
		}
		return new SafetyBanner(visitor, country.primaryCallLine(), country.primaryTextLine(),
				country.emergency().get(0), directory.elsewhere());
	}

}
