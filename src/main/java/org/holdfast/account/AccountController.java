package org.holdfast.account;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.holdfast.crisis.CountryResolver;
import org.holdfast.crisis.CrisisDirectory;
import org.holdfast.crisis.ClearSiteData;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My account": the member's own settings and data. Changing the password, exporting
 * everything, signing out everywhere and deleting the account. Every page is about the
 * signed-in member only; no address names another member.
 */
@Controller
class AccountController {

	static final String VIEW = "account/account";

	private final AccountService accounts;

	private final MemberRepository members;

	private final PasswordPolicy passwords;

	private final PasswordCheck passwordCheck;

	private final MemberExport export;

	private final AccountSessions sessions;

	private final CrisisDirectory directory;

	private final CountryResolver countries;

	AccountController(AccountService accounts, MemberRepository members, PasswordPolicy passwords,
			PasswordCheck passwordCheck, MemberExport export, AccountSessions sessions, CrisisDirectory directory,
			CountryResolver countries) {
		this.accounts = accounts;
		this.members = members;
		this.passwords = passwords;
		this.passwordCheck = passwordCheck;
		this.export = export;
		this.sessions = sessions;
		this.directory = directory;
		this.countries = countries;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal SignedInMember me, Model model, Locale locale) {
		Member member = member(me);
		model.addAttribute("member", member);
		model.addAttribute("left", this.accounts.recoveryCodesLeft(me.id()));
		model.addAttribute("country",
				(member.getCountry() == null) ? null : this.directory.country(member.getCountry()).orElse(null));
		model.addAttribute("locale", locale);
		return VIEW;
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		return "account/password";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal SignedInMember me, @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult errors, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		String password = form.getPassword();
		form.setPassword("");
		this.passwords.problem(password, me.getUsername())
			.ifPresent((problem) -> errors.rejectValue("password", problem));
		if (!this.passwordCheck.current(me, form, errors, request, response) || errors.hasErrors()) {
			if (response.getStatus() < 400) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
			return "account/password";
		}
		HttpSession session = request.getSession(false);
		this.accounts.changePassword(me.id(), password, (session != null) ? session.getId() : null);
		redirect.addFlashAttribute("saved", "account.password.saved");
		return "redirect:/account";
	}

	@GetMapping("/account/preferences")
	String preferences(@AuthenticationPrincipal SignedInMember me, Model model, Locale locale) {
		String country = member(me).getCountry();
		return showPreferences((country != null) ? country.toLowerCase(Locale.ROOT) : CountryResolver.AUTOMATIC, false,
				model, locale);
	}

	@PostMapping("/account/preferences")
	String savePreferences(@AuthenticationPrincipal SignedInMember me,
			@RequestParam(name = "country", required = false) @Nullable String choice, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
		Optional<CountryResolver.Choice> chosen = this.countries.choice(choice);
		if (chosen.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return showPreferences(CountryResolver.AUTOMATIC, true, model, locale);
		}
		String country = chosen.get().code();
		this.accounts.chooseCountry(me.id(), country);
		this.countries.remember(country, request, response);
		redirect.addFlashAttribute("saved", "account.preferences.saved");
		return "redirect:/account";
	}

	private String showPreferences(String selected, boolean error, Model model, Locale locale) {
		model.addAttribute("countries", this.directory.countriesByName(locale));
		model.addAttribute("selected", selected);
		model.addAttribute("countryError", error);
		model.addAttribute("locale", locale);
		return "account/preferences";
	}

	/** Everything Holdfast holds about the member, as a JSON file. */
	@GetMapping("/account/export")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal SignedInMember me) {
		byte[] json = this.export.export(me.id(), me.getUsername()).getBytes(StandardCharsets.UTF_8);
		String name = "holdfast-" + me.getUsername() + "-" + LocalDate.now(ZoneOffset.UTC) + ".json";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(json);
	}

	@PostMapping("/account/sign-out-everywhere")
	String signOutEverywhere(@AuthenticationPrincipal SignedInMember me, HttpServletRequest request,
			HttpServletResponse response) {
		this.sessions.endAll(me.getUsername());
		signOutHere(request, response);
		return "redirect:/account/signed-out?everywhere";
	}

	@GetMapping("/account/delete")
	String deleteForm(@AuthenticationPrincipal SignedInMember me, Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		model.addAttribute("contributions", this.accounts.publicContributions(me.id()));
		return "account/delete";
	}

	@PostMapping("/account/delete")
	String delete(@AuthenticationPrincipal SignedInMember me, @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult errors, HttpServletRequest request, HttpServletResponse response, Model model) {
		long contributions = this.accounts.publicContributions(me.id());
		boolean deleteContributions = "delete".equals(form.getContributions());
		if (contributions > 0 && !deleteContributions && !"anonymise".equals(form.getContributions())) {
			errors.rejectValue("contributions", "account.delete.contributions.required");
		}
		if (!form.isConfirm()) {
			errors.rejectValue("confirm", "account.delete.confirm.required");
		}
		boolean passwordRight = this.passwordCheck.current(me, form, errors, request, response);
		if (!passwordRight || errors.hasErrors()) {
			if (response.getStatus() < 400) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
			model.addAttribute("contributions", contributions);
			return "account/delete";
		}
		this.accounts.delete(me.id(), deleteContributions);
		signOutHere(request, response);
		return "redirect:/account/deleted";
	}

	@GetMapping("/account/deleted")
	String deleted() {
		return "account/deleted";
	}

	private static void signOutHere(HttpServletRequest request, HttpServletResponse response) {
		new SecurityContextLogoutHandler().logout(request, response, null);
		ClearSiteData.write(response);
	}

	private Member member(SignedInMember me) {
		return this.members.findById(me.id()).orElseThrow(() -> new IllegalStateException("Signed-in member gone"));
	}

}
