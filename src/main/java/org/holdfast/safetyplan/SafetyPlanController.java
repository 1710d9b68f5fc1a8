package org.holdfast.safetyplan;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.holdfast.account.SignedInMember;
import org.holdfast.crisis.Country;
import org.holdfast.crisis.CrisisLine;
import org.holdfast.crisis.PhoneNumber;
import org.holdfast.crisis.SafetyBanner;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The safety plan. Anyone can fill it in at {@code /toolbox/safety-plan} and print it or
 * download it; nothing they type is stored (it travels in the form, page to page). A
 * member keeps theirs at {@code /me/safety-plan}, where it opens ready to read, and can
 * change it from any device: a save from an out-of-date page is refused and the typing
 * comes back to be saved again.
 */
@Controller
class SafetyPlanController {

	private static final String FORM = "safetyplan/form";

	private static final String PLAN = "safetyplan/plan";

	private static final String ATTACHMENT = ContentDisposition.attachment()
		.filename("my-safety-plan.txt")
		.build()
		.toString();

	private final SafetyPlans plans;

	private final MessageSource messages;

	private final Clock clock;

	SafetyPlanController(SafetyPlans plans, MessageSource messages, Clock clock) {
		this.plans = plans;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/toolbox/safety-plan")
	String blank(@AuthenticationPrincipal @Nullable SignedInMember me, HttpServletRequest request, Model model) {
		if (me != null) {
			return "redirect:/me/safety-plan";
		}
		SafetyPlanForm plan = new SafetyPlanForm();
		plan.setProfessionals(services(request));
		return form(plan, false, model);
	}

	/** The plan typed so far, back in the form (from the print page's "change it"). */
	@PostMapping("/toolbox/safety-plan")
	String again(@ModelAttribute("plan") SafetyPlanForm plan, Model model) {
		return form(plan, false, model);
	}

	/** The plan typed, laid out to print. Nothing is stored. */
	@PostMapping("/toolbox/safety-plan/print")
	String print(@ModelAttribute("plan") SafetyPlanForm plan, BindingResult errors, Model model,
			HttpServletResponse response) {
		plan.validate(errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(plan, false, model);
		}
		model.addAttribute("plan", plan);
		model.addAttribute("unsaved", true);
		model.addAttribute("crisis", plan.soundsLikeCrisis());
		return PLAN;
	}

	/** The plan typed, as a text file to keep. Nothing is stored. */
	@PostMapping("/toolbox/safety-plan/download")
	ModelAndView download(@ModelAttribute("plan") SafetyPlanForm plan, BindingResult errors, Model model,
			HttpServletResponse response, Locale locale) {
		plan.validate(errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return new ModelAndView(form(plan, false, model), model.asMap());
		}
		byte[] file = text(plan, locale);
		return new ModelAndView((View) (unused, request, written) -> {
			written.setContentType("text/plain;charset=UTF-8");
			written.setHeader(HttpHeaders.CONTENT_DISPOSITION, ATTACHMENT);
			written.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			written.getOutputStream().write(file);
		});
	}

	@GetMapping("/me/safety-plan")
	String mine(@AuthenticationPrincipal SignedInMember me, Model model) {
		return this.plans.find(me.id()).map((saved) -> {
			model.addAttribute("plan", saved.plan());
			model.addAttribute("updatedAt", saved.updatedAt());
			return PLAN;
		}).orElse("redirect:/me/safety-plan/edit");
	}

	@GetMapping("/me/safety-plan/edit")
	String edit(@AuthenticationPrincipal SignedInMember me, HttpServletRequest request, Model model) {
		SafetyPlanForm plan = this.plans.find(me.id()).map(SafetyPlans.Saved::plan).orElseGet(() -> {
			SafetyPlanForm fresh = new SafetyPlanForm();
			fresh.setProfessionals(services(request));
			return fresh;
		});
		return form(plan, true, model);
	}

	@PostMapping("/me/safety-plan/edit")
	String save(@AuthenticationPrincipal SignedInMember me, @ModelAttribute("plan") SafetyPlanForm plan,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		plan.validate(errors);
		if (!errors.hasErrors()) {
			try {
				this.plans.save(me.id(), plan);
				redirect.addFlashAttribute("saved", "safety-plan.saved");
				redirect.addFlashAttribute("crisis", plan.soundsLikeCrisis());
				return "redirect:/me/safety-plan";
			}
			catch (SafetyPlans.StaleException ex) {
				// Changed on another device since this page was opened: their typing
				// comes back unsaved, and saving again makes it the plan.
				errors.reject("safety-plan.stale");
				this.plans.find(me.id()).ifPresentOrElse((saved) -> {
					plan.setVersion(saved.plan().getVersion());
					model.addAttribute("newer", saved.updatedAt());
				}, () -> plan.setVersion(0));
			}
		}
		response.setStatus(errors.hasErrors() ? HttpStatus.CONFLICT.value() : HttpStatus.OK.value());
		if (errors.hasFieldErrors()
				|| errors.getGlobalErrors().stream().anyMatch((error) -> "safety-plan.empty".equals(error.getCode()))) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return form(plan, true, model);
	}

	@GetMapping("/me/safety-plan/download")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInMember me, Locale locale) {
		SafetyPlanForm plan = this.plans.find(me.id()).map(SafetyPlans.Saved::plan).orElseGet(SafetyPlanForm::new);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ATTACHMENT)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(text(plan, locale));
	}

	@PostMapping("/me/safety-plan/delete")
	String delete(@AuthenticationPrincipal SignedInMember me,
			@org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") String confirm,
			RedirectAttributes redirect) {
		if (!"true".equals(confirm)) {
			redirect.addFlashAttribute("refused", "safety-plan.delete.confirm.needed");
			return "redirect:/me/safety-plan";
		}
		this.plans.delete(me.id());
		redirect.addFlashAttribute("saved", "safety-plan.deleted");
		return "redirect:/toolbox";
	}

	private String form(SafetyPlanForm plan, boolean member, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("member", member);
		return FORM;
	}

	/**
	 * The crisis lines for the visitor's country and its emergency number, one per line:
	 * where section 5 starts. They are the visitor's to change.
	 */
	private String services(HttpServletRequest request) {
		SafetyBanner safety = (SafetyBanner) request.getAttribute(SafetyBanner.ATTRIBUTE);
		Locale locale = request.getLocale();
		List<String> lines = new ArrayList<>();
		if (safety != null) {
			Country country = safety.visitor().country();
			if (country != null) {
				for (CrisisLine line : country.lines()) {
					for (PhoneNumber call : line.calls()) {
						lines.add(message("safety-plan.service.call", locale, line.name(), call.display()));
					}
					if (line.text() != null) {
						lines.add((line.text().keyword() != null)
								? message("safety-plan.service.text.keyword", locale, line.name(),
										line.text().keyword(), line.text().number().display())
								: message("safety-plan.service.text", locale, line.name(),
										line.text().number().display()));
					}
				}
			}
			else {
				lines.add(message("safety-plan.service.elsewhere", locale, safety.elsewhere().name(),
						safety.elsewhere().webHost()));
			}
			lines.add(message("safety-plan.service.emergency", locale, safety.emergency().number().display()));
		}
		return String.join("\n", lines);
	}

	/** The plan as plain text, with Windows line ends so every device opens it. */
	private byte[] text(SafetyPlanForm plan, Locale locale) {
		StringBuilder text = new StringBuilder(message("safety-plan.title", locale)).append("\n");
		text.append(message("safety-plan.file.made", locale, LocalDate.now(this.clock.withZone(ZoneOffset.UTC))))
			.append("\n");
		int number = 1;
		for (String section : SafetyPlanForm.SECTIONS) {
			text.append("\n")
				.append(number++)
				.append(". ")
				.append(message("safety-plan." + section + ".title", locale))
				.append("\n");
			List<String> lines = plan.lines(section);
			if (lines.isEmpty()) {
				text.append("   -\n");
			}
			lines.forEach((line) -> text.append("   - ").append(line).append("\n"));
		}
		return text.toString().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
