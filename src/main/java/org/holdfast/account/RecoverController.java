package org.holdfast.account;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Forgot password" without email: a username, one recovery code and a new password. The
 * code is used up, every session the account had ends, and the member is signed in and
 * told how many codes are left. One message for a wrong username or a wrong code, with
 * the same back-off as sign-in.
 */
@Controller
class RecoverController {

	static final String VIEW = "account/recover";

	private final AccountService accounts;

	private final PasswordPolicy passwords;

	private final GuessLimits guesses;

	private final SignIn signIn;

	RecoverController(AccountService accounts, PasswordPolicy passwords, GuessLimits guesses, SignIn signIn) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.guesses = guesses;
		this.signIn = signIn;
	}

	@GetMapping("/account/recover")
	String form(Model model) {
		model.addAttribute("recoverForm", new RecoverForm());
		return VIEW;
	}

	@PostMapping("/account/recover")
	String recover(@ModelAttribute("recoverForm") RecoverForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		String username = UsernamePolicy.normalise(form.getUsername());
		form.setUsername(username);
		String code = form.getCode();
		String password = form.getPassword();
		form.setCode("");
		form.setPassword("");
		if (username.isEmpty()) {
			errors.rejectValue("username", "account.username.required");
		}
		if (code.isBlank()) {
			errors.rejectValue("code", "account.recover.code.required");
		}
		this.passwords.problem(password, username).ifPresent((problem) -> errors.rejectValue("password", problem));
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return VIEW;
		}
		Optional<Duration> wait = this.guesses.waitFor(GuessLimits.RECOVERY_CODE, username, request);
		if (wait.isPresent()) {
			errors.reject("account.sign-in.wait", GuessLimits.minutes(wait.get()), null);
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return VIEW;
		}
		Optional<Member> recovered = this.accounts.recover(username, code, password);
		if (recovered.isEmpty()) {
			this.guesses.failed(GuessLimits.RECOVERY_CODE, username, request);
			errors.reject("account.recover.failed");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return VIEW;
		}
		this.guesses.succeeded(GuessLimits.RECOVERY_CODE, username);
		this.guesses.succeeded(GuessLimits.PASSWORD, username);
		this.signIn.start(recovered.get(), request, response);
		redirect.addFlashAttribute("recovered", this.accounts.recoveryCodesLeft(recovered.get().getId()));
		return "redirect:/account";
	}

}
