package org.holdfast.account;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sign-up: a username, a password, an age band and agreement to the guidelines and the
 * privacy notice; nothing else. Under-13s are turned away kindly and nothing about them
 * is kept. A new member is signed in and shown their recovery codes once.
 */
@Controller
class SignUpController {

	static final String VIEW = "account/sign-up";

	static final String TOO_YOUNG_VIEW = "account/too-young";

	private static final Set<String> AGE_BANDS = Set.of(AgeBand.TEEN.name(), AgeBand.ADULT.name(), SignUpForm.UNDER_13);

	private final AccountService accounts;

	private final MemberRepository members;

	private final UsernamePolicy usernames;

	private final PasswordPolicy passwords;

	private final SignIn signIn;

	private final SignUpLimit limit;

	SignUpController(AccountService accounts, MemberRepository members, UsernamePolicy usernames,
			PasswordPolicy passwords, SignIn signIn, SignUpLimit limit) {
		this.accounts = accounts;
		this.members = members;
		this.usernames = usernames;
		this.passwords = passwords;
		this.signIn = signIn;
		this.limit = limit;
	}

	@ModelAttribute("suggestion")
	String suggestion() {
		for (int attempt = 0; attempt < 5; attempt++) {
			String name = this.usernames.suggestion();
			if (this.usernames.problem(name).isEmpty() && !this.members.nameInUse(name)) {
				return name;
			}
		}
		return this.usernames.suggestion();
	}

	@GetMapping("/account/sign-up")
	String form(Model model) {
		model.addAttribute("signUpForm", new SignUpForm());
		return VIEW;
	}

	@PostMapping("/account/sign-up")
	String signUp(@ModelAttribute("signUpForm") SignUpForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (SignUpForm.UNDER_13.equals(form.getAgeBand())) {
			return TOO_YOUNG_VIEW;
		}
		String username = UsernamePolicy.normalise(form.getUsername());
		form.setUsername(username);
		Optional<String> address = ClientAddress.of(request);
		Optional<Duration> wait = address.flatMap(this.limit::waitFor);
		if (wait.isPresent()) {
			// Before anything else, so a script can't learn which names are taken either.
			errors.reject("account.sign-up.wait", GuessLimits.minutes(wait.get()), null);
			form.setPassword("");
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return VIEW;
		}
		this.usernames.problem(username).ifPresentOrElse((code) -> errors.rejectValue("username", code), () -> {
			if (this.members.nameInUse(username)) {
				errors.rejectValue("username", "account.username.taken");
				// Learning that a name is taken counts towards the limit, like an
				// account.
				address.ifPresent(this.limit::signedUp);
			}
		});
		this.passwords.problem(form.getPassword(), username).ifPresent((code) -> errors.rejectValue("password", code));
		if (!AGE_BANDS.contains(form.getAgeBand())) {
			errors.rejectValue("ageBand", "account.age.required");
		}
		if (!form.isGuidelines()) {
			errors.rejectValue("guidelines", "account.agree.guidelines.required");
		}
		if (!form.isPrivacy()) {
			errors.rejectValue("privacy", "account.agree.privacy.required");
		}
		if (!errors.hasErrors()) {
			try {
				AccountService.Created created = this.accounts.signUp(username, form.getPassword(),
						AgeBand.valueOf(form.getAgeBand()));
				address.ifPresent(this.limit::signedUp);
				this.signIn.start(created.member(), request, response);
				redirect.addFlashAttribute(RecoveryCodesController.NEW_CODES, created.recoveryCodes());
				return "redirect:" + RecoveryCodesController.NEW_CODES_PATH;
			}
			catch (DataIntegrityViolationException ex) {
				// Someone took the name between the check and the insert.
				errors.rejectValue("username", "account.username.taken");
			}
		}
		form.setPassword("");
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return VIEW;
	}

}
