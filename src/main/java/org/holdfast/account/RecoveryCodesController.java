package org.holdfast.account;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recovery codes: shown once after sign-up, and replaced on request (current password
 * needed). New codes travel to the page that shows them as a flash attribute, so they are
 * shown exactly once and a reload does not show them again.
 */
@Controller
public class RecoveryCodesController {

	public static final String NEW_CODES = "recoveryCodes";

	public static final String NEW_CODES_PATH = "/account/recovery-codes/new";

	private final AccountService accounts;

	private final PasswordCheck passwordCheck;

	RecoveryCodesController(AccountService accounts, PasswordCheck passwordCheck) {
		this.accounts = accounts;
		this.passwordCheck = passwordCheck;
	}

	@GetMapping(NEW_CODES_PATH)
	String show(Model model) {
		if (!(model.getAttribute(NEW_CODES) instanceof List<?>)) {
			return "redirect:/account/recovery-codes";
		}
		return "account/recovery-codes-new";
	}

	@GetMapping("/account/recovery-codes")
	String page(@AuthenticationPrincipal SignedInMember me, Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		model.addAttribute("left", this.accounts.recoveryCodesLeft(me.id()));
		return "account/recovery-codes";
	}

	@PostMapping("/account/recovery-codes")
	String replace(@AuthenticationPrincipal SignedInMember me, @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult errors, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		if (!this.passwordCheck.current(me, form, errors, request, response)) {
			model.addAttribute("left", this.accounts.recoveryCodesLeft(me.id()));
			return "account/recovery-codes";
		}
		redirect.addFlashAttribute(NEW_CODES, this.accounts.replaceRecoveryCodes(me.id()));
		return "redirect:" + NEW_CODES_PATH;
	}

}
