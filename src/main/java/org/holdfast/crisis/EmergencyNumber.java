package org.holdfast.crisis;

import org.jspecify.annotations.Nullable;

/**
 * A number for emergency services, with an optional note on when to use it (for example
 * "ambulance" or "from a mobile").
 */
public record EmergencyNumber(PhoneNumber number, @Nullable String note) {
}
