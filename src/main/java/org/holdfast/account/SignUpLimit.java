package org.holdfast.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.holdfast.system.HourlyLimit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Limits how many accounts one client address can create in an hour, so a script cannot
 * fill the community with throwaway accounts. Held in memory only (the address is never
 * stored), and generous, because a school or library may sign a whole class up from one
 * address: {@code holdfast.accounts.sign-ups-per-address-per-hour}.
 */
@Component
class SignUpLimit {

	private final HourlyLimit limit;

	private final Clock clock;

	@Autowired
	SignUpLimit(Clock clock, AccountProperties properties) {
		this(clock, properties.signUpsPerAddressPerHour());
	}

	SignUpLimit(Clock clock, int perHour) {
		this.clock = clock;
		this.limit = new HourlyLimit(clock, perHour);
	}

	/** How long this address must wait before creating another account, if at all. */
	Optional<Duration> waitFor(String address) {
		return this.limit.blockedUntil(address).map((until) -> Duration.between(this.clock.instant(), until));
	}

	void signedUp(String address) {
		this.limit.count(address);
	}

	/** Forgets every address, as a restart would. */
	void forgetAll() {
		this.limit.forgetAll();
	}

}
