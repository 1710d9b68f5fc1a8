package org.holdfast.crisis;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A number for emergency services, with an optional note on when to use it (for example
 * "ambulance" or "from a mobile"), the pages that state it and when it was last checked.
 */
public record EmergencyNumber(PhoneNumber number, @Nullable String note, List<URI> sources, LocalDate verified) {

	public EmergencyNumber {
		sources = List.copyOf(sources);
	}

}
