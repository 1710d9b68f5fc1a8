package org.holdfast.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down one client trying many usernames (credential stuffing). Held in memory only,
 * never written anywhere: the address is personal data Holdfast does not store. Generous
 * before it starts (a school or library shares one address), then doubling waits up to a
 * quarter of an hour; forgotten an hour after the last failure.
 */
@Component
class AddressThrottle {

	private static final Duration FIRST_WAIT = Duration.ofSeconds(1);

	private static final Duration FORGET_AFTER = Duration.ofHours(1);

	private static final int MAX_ADDRESSES = 100_000;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	private final int freeAttempts;

	@Autowired
	AddressThrottle(Clock clock, AccountProperties properties) {
		this(clock, properties.addressFreeAttempts());
	}

	AddressThrottle(Clock clock, int freeAttempts) {
		this.clock = clock;
		this.freeAttempts = freeAttempts;
	}

	Optional<Duration> waitFor(String address) {
		Failures seen = this.failures.get(address);
		if (seen == null || seen.count() < this.freeAttempts) {
			return Optional.empty();
		}
		int doublings = Math.min(seen.count() - this.freeAttempts, 20);
		Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
		if (wait.compareTo(SignInThrottle.LONGEST_WAIT) > 0) {
			wait = SignInThrottle.LONGEST_WAIT;
		}
		Duration left = Duration.between(this.clock.instant(), seen.last().plus(wait));
		return (left.isNegative() || left.isZero()) ? Optional.empty() : Optional.of(left);
	}

	void failed(String address) {
		Instant now = this.clock.instant();
		if (this.failures.size() >= MAX_ADDRESSES) {
			forgetOld(now);
		}
		this.failures.merge(address, new Failures(1, now),
				(old, fresh) -> isStale(old, now) ? fresh : new Failures(old.count() + 1, now));
	}

	/** Forgets every address, as a restart would. */
	void forgetAll() {
		this.failures.clear();
	}

	private void forgetOld(Instant now) {
		this.failures.values().removeIf((seen) -> isStale(seen, now));
		if (this.failures.size() >= MAX_ADDRESSES) {
			this.failures.clear();
		}
	}

	private static boolean isStale(Failures seen, Instant now) {
		return seen.last().plus(FORGET_AFTER).isBefore(now);
	}

	private record Failures(int count, Instant last) {
	}

}
