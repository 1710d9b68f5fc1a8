package org.holdfast.moderation;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.holdfast.account.SignedInMember;
import org.holdfast.system.TextInput;
import org.holdfast.admin.AuditLog;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moderators tune the screening rules here: switch a rule off or on, change its pattern,
 * add one, and try any sentence against the rules in force to see which would match.
 * Tried sentences are not stored or logged. Every change is in the audit log.
 */
@Controller
class RulesController {

	private static final String RULES = "moderation/rules";

	/** The longest text to try, as long as the longest post. */
	static final int MAX_TRY = 10_000;

	private final ScreeningRules rules;

	private final Screening screening;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	RulesController(ScreeningRules rules, Screening screening, AuditLog audit, TransactionTemplate transactions) {
		this.rules = rules;
		this.screening = screening;
		this.audit = audit;
		this.transactions = transactions;
	}

	@GetMapping("/moderation/rules")
	String rules(Model model) {
		return page(model);
	}

	@PostMapping("/moderation/rules/try")
	String tryText(@RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response) {
		model.addAttribute("tried", text);
		if (text.length() > MAX_TRY || TextInput.hasControlCharacters(text)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", "moderation.rules.error.try-length");
			model.addAttribute("tryError", true);
			return page(model);
		}
		model.addAttribute("result", this.screening.screen(text));
		return page(model);
	}

	/**
	 * Runs the example posts through the rules in force, so that a moderator sees at once
	 * if a change misses what it should catch or flags what it shouldn't.
	 */
	@PostMapping("/moderation/rules/check")
	String check(Model model) {
		model.addAttribute("checks", ScreeningCheck.all(this.screening, ScreeningCheck.SHOWN));
		return page(model);
	}

	@PostMapping("/moderation/rules/{id}")
	String change(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@RequestParam(defaultValue = "") String pattern, @RequestParam(defaultValue = "false") boolean active,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		ScreeningRules.Row rule = this.rules.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String problem = ScreeningRules.problem(pattern).orElse(null);
		if (problem != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("failed", id);
			model.addAttribute("failedPattern", pattern);
			model.addAttribute("error", problem);
			return page(model);
		}
		this.transactions.executeWithoutResult((tx) -> {
			this.rules.change(id, pattern, active);
			this.audit.record(me.id(), "rule.changed", null, rule.name() + (active ? " on" : " off"), null);
		});
		redirect.addFlashAttribute("saved", "moderation.rules.saved");
		return "redirect:/moderation/rules#rule-" + id;
	}

	@PostMapping("/moderation/rules")
	String add(@AuthenticationPrincipal SignedInMember me, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String mode, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String pattern, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Screening.Kind chosenKind = parse(Screening.Kind.class, kind);
		Screening.Mode chosenMode = parse(Screening.Mode.class, mode);
		String cleanName = name.strip().toLowerCase(Locale.ROOT);
		String problem = null;
		if (chosenKind == null || chosenKind == Screening.Kind.NONE || chosenMode == null) {
			problem = "moderation.rules.error.kind";
		}
		else if (!cleanName.matches("[a-z0-9]+(-[a-z0-9]+)*") || cleanName.length() > 60) {
			problem = "moderation.rules.error.name";
		}
		else if (this.rules.nameTaken(cleanName)) {
			problem = "moderation.rules.error.taken";
		}
		else {
			problem = ScreeningRules.problem(pattern).orElse(null);
		}
		if (problem != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", problem);
			model.addAttribute("newKind", kind);
			model.addAttribute("newMode", mode);
			model.addAttribute("newName", name);
			model.addAttribute("newPattern", pattern);
			return page(model);
		}
		Long id = this.transactions.execute((tx) -> {
			long added = this.rules.add(chosenKind, chosenMode, cleanName, pattern);
			this.audit.record(me.id(), "rule.added", null, cleanName, null);
			return added;
		});
		redirect.addFlashAttribute("saved", "moderation.rules.added");
		return "redirect:/moderation/rules#rule-" + id;
	}

	private String page(Model model) {
		model.addAttribute("rules", this.rules.all());
		model.addAttribute("kinds", Screening.Kind.FLAGS);
		model.addAttribute("modes", Screening.Mode.values());
		return RULES;
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String value) {
		for (E candidate : type.getEnumConstants()) {
			if (candidate.name().equals(value)) {
				return candidate;
			}
		}
		return null;
	}

}
