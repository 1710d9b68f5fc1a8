package org.holdfast.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

	private static final Duration WINDOW = Duration.ofHours(1);

	private static final int MAX_ADDRESSES = 100_000;

	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	private final Clock clock;

	private final int perHour;

	@Autowired
	SignUpLimit(Clock clock, AccountProperties properties) {
		this(clock, properties.signUpsPerAddressPerHour());
	}

	SignUpLimit(Clock clock, int perHour) {
		this.clock = clock;
		this.perHour = perHour;
	}

	/** How long this address must wait before creating another account, if at all. */
	Optional<Duration> waitFor(String address) {
		Deque<Instant> times = this.recent.get(address);
		if (times == null) {
			return Optional.empty();
		}
		synchronized (times) {
			Instant now = this.clock.instant();
			times.removeIf((time) -> !time.plus(WINDOW).isAfter(now));
			if (times.size() < this.perHour) {
				return Optional.empty();
			}
			return Optional.of(Duration.between(now, times.peekFirst().plus(WINDOW)));
		}
	}

	void signedUp(String address) {
		if (this.recent.size() >= MAX_ADDRESSES) {
			Instant now = this.clock.instant();
			this.recent.values().removeIf((times) -> times.isEmpty() || !times.peekLast().plus(WINDOW).isAfter(now));
		}
		Deque<Instant> times = this.recent.computeIfAbsent(address, (key) -> new ArrayDeque<>());
		synchronized (times) {
			times.addLast(this.clock.instant());
		}
	}

	/** Forgets every address, as a restart would. */
	void forgetAll() {
		this.recent.clear();
	}

}
