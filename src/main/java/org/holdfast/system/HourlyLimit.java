package org.holdfast.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many times something may happen per key (a client address, a member) in any hour,
 * counted in this node's memory only: nothing is written anywhere, and a restart forgets.
 * With several nodes each counts its own, so the limit is per node; features say so where
 * they use one. Keys that have gone quiet are dropped when the map grows large.
 */
public final class HourlyLimit {

	private static final Duration WINDOW = Duration.ofHours(1);

	private static final int MAX_KEYS = 100_000;

	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	private final Clock clock;

	private final int perHour;

	public HourlyLimit(Clock clock, int perHour) {
		this.clock = clock;
		this.perHour = perHour;
	}

	/** When the key may go again, if it has used up its hour. */
	public Optional<Instant> blockedUntil(String key) {
		Deque<Instant> times = this.recent.get(key);
		if (times == null) {
			return Optional.empty();
		}
		synchronized (times) {
			Instant now = this.clock.instant();
			times.removeIf((time) -> !time.plus(WINDOW).isAfter(now));
			if (times.size() < this.perHour) {
				return Optional.empty();
			}
			return Optional.of(times.peekFirst().plus(WINDOW));
		}
	}

	/** Counts one more for the key. */
	public void count(String key) {
		if (this.recent.size() >= MAX_KEYS) {
			Instant now = this.clock.instant();
			this.recent.values().removeIf((times) -> {
				synchronized (times) {
					return times.isEmpty() || !times.peekLast().plus(WINDOW).isAfter(now);
				}
			});
		}
		Deque<Instant> times = this.recent.computeIfAbsent(key, (k) -> new ArrayDeque<>());
		synchronized (times) {
			times.addLast(this.clock.instant());
		}
	}

	/** Forgets every key, as a restart would. */
	public void forgetAll() {
		this.recent.clear();
	}

}
