package org.holdfast.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.holdfast.account.AccountService;
import org.holdfast.account.CredentialsForm;
import org.holdfast.account.MemberRepository;
import org.holdfast.account.PasswordPolicy;
import org.holdfast.account.RecoveryCodesController;
import org.holdfast.account.SignIn;
import org.holdfast.account.UsernamePolicy;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page behind the one-time setup link: creates the first admin, signs them in and
 * shows their recovery codes. After that the link, and every other, is gone (404).
 */
@Controller
class SetupController {

	static final String VIEW = "admin/setup";

	private final SetupLinks links;

	private final FirstAdmin firstAdmin;

	private final MemberRepository members;

	private final UsernamePolicy usernames;

	private final PasswordPolicy passwords;

	private final SignIn signIn;

	SetupController(SetupLinks links, FirstAdmin firstAdmin, MemberRepository members, UsernamePolicy usernames,
			PasswordPolicy passwords, SignIn signIn) {
		this.links = links;
		this.firstAdmin = firstAdmin;
		this.members = members;
		this.usernames = usernames;
		this.passwords = passwords;
		this.signIn = signIn;
	}

	@GetMapping(SetupLinks.PATH + "{token}")
	String form(@PathVariable String token, Model model) {
		requireValid(token);
		model.addAttribute("setupForm", new CredentialsForm());
		model.addAttribute("token", token);
		return VIEW;
	}

	@PostMapping(SetupLinks.PATH + "{token}")
	String create(@PathVariable String token, @ModelAttribute("setupForm") CredentialsForm form, BindingResult errors,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		requireValid(token);
		String username = UsernamePolicy.normalise(form.getUsername());
		form.setUsername(username);
		String password = form.getPassword();
		form.setPassword("");
		this.usernames.problem(username).ifPresentOrElse((code) -> errors.rejectValue("username", code), () -> {
			if (this.members.nameInUse(username)) {
				errors.rejectValue("username", "account.username.taken");
			}
		});
		this.passwords.problem(password, username).ifPresent((code) -> errors.rejectValue("password", code));
		if (errors.hasErrors()) {
			model.addAttribute("token", token);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return VIEW;
		}
		AccountService.Created created = this.firstAdmin.create(token, username, password);
		this.signIn.start(created.member(), request, response);
		redirect.addFlashAttribute(RecoveryCodesController.NEW_CODES, created.recoveryCodes());
		return "redirect:" + RecoveryCodesController.NEW_CODES_PATH;
	}

	private void requireValid(String token) {
		if (!this.links.isValid(token)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
