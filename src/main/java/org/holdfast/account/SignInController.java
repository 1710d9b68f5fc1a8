package org.holdfast.account;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Sign-in with a username and password. One message for an unknown username and a wrong
 * password, the same work behind both, and a back-off per username (in PostgreSQL) and
 * per client address (in memory only) that grows with failures but never locks anyone out
 * for good. No "remember me": the session ends after 30 idle minutes.
 */
@Controller
class SignInController {

	static final String VIEW = "account/sign-in";

	private final AuthenticationManager authentication;

	private final GuessLimits guesses;

	private final KnownDevices devices;

	private final MemberRepository members;

	private final SignIn signIn;

	SignInController(AuthenticationManager authentication, GuessLimits guesses, KnownDevices devices,
			MemberRepository members, SignIn signIn) {
		this.authentication = authentication;
		this.guesses = guesses;
		this.devices = devices;
		this.members = members;
		this.signIn = signIn;
	}

	@GetMapping("/account/sign-in")
	String form(Model model, @Nullable Authentication current) {
		if (current != null && !(current instanceof AnonymousAuthenticationToken)) {
			return "redirect:/account";
		}
		model.addAttribute("signInForm", new CredentialsForm());
		return VIEW;
	}

	@PostMapping("/account/sign-in")
	String signIn(@ModelAttribute("signInForm") CredentialsForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response) {
		String username = UsernamePolicy.normalise(form.getUsername());
		form.setUsername(username);
		String password = form.getPassword();
		form.setPassword("");
		if (username.isEmpty()) {
			errors.rejectValue("username", "account.username.required");
		}
		if (password.isEmpty()) {
			errors.rejectValue("password", "account.password.required");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return VIEW;
		}
		Optional<Duration> wait = this.guesses.waitFor(GuessLimits.PASSWORD, username, request,
				this.devices.knows(request, username));
		if (wait.isPresent()) {
			errors.reject("account.sign-in.wait", GuessLimits.minutes(wait.get()), null);
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return VIEW;
		}
		Authentication result;
		try {
			result = this.authentication
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
		}
		catch (LockedException ex) {
			errors.reject("account.sign-in.suspended");
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return VIEW;
		}
		catch (AuthenticationException ex) {
			this.guesses.failed(GuessLimits.PASSWORD, username, request);
			errors.reject("account.sign-in.failed");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return VIEW;
		}
		this.guesses.succeeded(GuessLimits.PASSWORD, username);
		SignedInMember member = (SignedInMember) result.getPrincipal();
		this.devices.remember(member.id(), request, response);
		this.signIn.start(member, this.members.findById(member.id()).map(Member::getCountry).orElse(null), request,
				response);
		if (member.needsSecondFactor()) {
			return "redirect:" + TwoFactorController.PATH;
		}
		return "redirect:" + this.signIn.next(request, response, "/account");
	}

	@GetMapping("/account/signed-out")
	String signedOut() {
		return "account/signed-out";
	}

}
