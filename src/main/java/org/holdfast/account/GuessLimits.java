package org.holdfast.account;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * The back-off in front of every check of a secret someone might guess: a password at
 * sign-in or before a sensitive change, a recovery code. Counted per username
 * ({@link SignInThrottle}, shared by every app node) and per client address
 * ({@link AddressThrottle}, in memory only, and only where the address tells clients
 * apart: {@link ClientAddress}); the longer of the two waits applies.
 */
@Component
class GuessLimits {

	/** Guesses at a member's password. */
	static final String PASSWORD = "sign-in";

	/** Guesses at a recovery code. */
	static final String RECOVERY_CODE = "recover";

	private final SignInThrottle usernames;

	private final AddressThrottle addresses;

	GuessLimits(SignInThrottle usernames, AddressThrottle addresses) {
		this.usernames = usernames;
		this.addresses = addresses;
	}

	/**
	 * How long the next guess for this username from this client must wait, if at all.
	 */
	Optional<Duration> waitFor(String purpose, String username, HttpServletRequest request) {
		return waitFor(purpose, username, request, false);
	}

	/**
	 * As {@link #waitFor(String, String, HttpServletRequest)}, but a browser the member
	 * signed in from recently ({@link KnownDevices}) is not held back by the per-username
	 * back-off, so strangers guessing can't keep the member out.
	 */
	Optional<Duration> waitFor(String purpose, String username, HttpServletRequest request, boolean knownDevice) {
		Optional<Duration> byName = knownDevice ? Optional.empty() : this.usernames.waitFor(purpose, username);
		Optional<Duration> byAddress = ClientAddress.of(request).flatMap(this.addresses::waitFor);
		return (byName.isPresent() && byAddress.isPresent())
				? Optional.of((byName.get().compareTo(byAddress.get()) >= 0) ? byName.get() : byAddress.get())
				: byName.or(() -> byAddress);
	}

	void failed(String purpose, String username, HttpServletRequest request) {
		this.usernames.failed(purpose, username);
		ClientAddress.of(request).ifPresent(this.addresses::failed);
	}

	void succeeded(String purpose, String username) {
		this.usernames.succeeded(purpose, username);
	}

	/**
	 * A wait as the argument of the "wait {0} minutes" messages: whole minutes, at least
	 * one.
	 */
	static Object[] minutes(Duration wait) {
		return new Object[] { Math.max(1, (wait.toSeconds() + 59) / 60) };
	}

}
