package org.holdfast.account;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Asks a signed-in member for their current password again before anything that could
 * lock them out or lose their data (new password, new recovery codes, deleting the
 * account). Someone who finds a signed-in browser cannot do those things, and guessing
 * the password here backs off exactly as at sign-in.
 */
@Component
class PasswordCheck {

	private final AccountService accounts;

	private final GuessLimits guesses;

	PasswordCheck(AccountService accounts, GuessLimits guesses) {
		this.accounts = accounts;
		this.guesses = guesses;
	}

	/**
	 * Checks {@code form.current}, rejecting the field (and setting the status) if it is
	 * empty, wrong, or tried too often. Clears it from the form either way.
	 */
	boolean current(SignedInMember me, PasswordForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response) {
		String current = form.getCurrent();
		form.setCurrent("");
		if (current.isEmpty()) {
			errors.rejectValue("current", "account.current.required");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return false;
		}
		Optional<Duration> wait = this.guesses.waitFor(GuessLimits.PASSWORD, me.getUsername(), request);
		if (wait.isPresent()) {
			errors.rejectValue("current", "account.sign-in.wait", GuessLimits.minutes(wait.get()), null);
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return false;
		}
		if (!this.accounts.passwordMatches(me.id(), current)) {
			this.guesses.failed(GuessLimits.PASSWORD, me.getUsername(), request);
			errors.rejectValue("current", "account.current.wrong");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return false;
		}
		this.guesses.succeeded(GuessLimits.PASSWORD, me.getUsername());
		return true;
	}

}
