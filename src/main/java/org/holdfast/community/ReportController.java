package org.holdfast.community;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.holdfast.account.Member;
import org.holdfast.account.SignedInMember;
import org.holdfast.moderation.Reports;
import org.holdfast.system.TextForm;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reporting a post or a profile to the moderators. A member can only report what
 * {@link Audience} lets them see, so teens and adults can't reach each other's posts, or
 * a thread that is not listed, this way either. The report goes to moderation's queue
 * ({@link Reports}); the member follows it at {@code /me/reports}.
 */
@Controller
class ReportController {

	private static final String REPORT = "community/report";

	/** The longest note a member can add. */
	static final int NOTE = 1000;

	private final Visible visible;

	private final Reports reports;

	ReportController(Visible visible, Reports reports) {
		this.visible = visible;
		this.reports = reports;
	}

	@GetMapping("/community/posts/{id}/report")
	String reportPost(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
		return form(this.visible.post(me, id, Visible.Use.REPORT), null, null, null, null, model);
	}

	@PostMapping("/community/posts/{id}/report")
	String reportPost(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@ModelAttribute ReportForm form, BindingResult bound, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Visible.InThread post = this.visible.post(me, id, Visible.Use.REPORT);
		String reason = form.getReason();
		String note = TextForm.typed(bound, "note", form.getNote());
		Optional<Reports.Reason> chosen = (reason != null) ? this.reports.reason(reason) : Optional.empty();
		String error = bound.hasErrors() ? TextForm.REFUSED : problem(chosen, note);
		if (error != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(post, null, reason, note, error, model);
		}
		boolean added = this.reports.reportPost(me.id(), id, chosen.orElseThrow(), clean(note));
		redirect.addFlashAttribute("saved", added ? "moderation.report.sent" : "moderation.report.already");
		return "redirect:/me/reports";
	}

	@GetMapping("/community/members/{username}/report")
	String reportProfile(@AuthenticationPrincipal SignedInMember me, @PathVariable String username, Model model) {
		return form(null, this.visible.profile(me, username), null, null, null, model);
	}

	@PostMapping("/community/members/{username}/report")
	String reportProfile(@AuthenticationPrincipal SignedInMember me, @PathVariable String username,
			@ModelAttribute ReportForm form, BindingResult bound, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Member profile = this.visible.profile(me, username);
		String reason = form.getReason();
		String note = TextForm.typed(bound, "note", form.getNote());
		Optional<Reports.Reason> chosen = (reason != null) ? this.reports.reason(reason) : Optional.empty();
		String error = bound.hasErrors() ? TextForm.REFUSED : problem(chosen, note);
		if (error == null && profile.getId() == me.id()) {
			error = "moderation.report.error.self";
		}
		if (error != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(null, profile, reason, note, error, model);
		}
		boolean added = this.reports.reportProfile(me.id(), profile.getId(), chosen.orElseThrow(), clean(note));
		redirect.addFlashAttribute("saved", added ? "moderation.report.sent" : "moderation.report.already");
		return "redirect:/me/reports";
	}

	private static @Nullable String problem(Optional<Reports.Reason> reason, @Nullable String note) {
		if (reason.isEmpty()) {
			return "moderation.report.error.reason";
		}
		if (note != null && note.strip().length() > NOTE) {
			return "moderation.report.error.long";
		}
		return null;
	}

	private static @Nullable String clean(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private String form(Visible.@Nullable InThread post, @Nullable Member profile, @Nullable String reason,
			@Nullable String note, @Nullable String error, Model model) {
		model.addAttribute("post", (post != null) ? post.post() : null);
		model.addAttribute("thread", (post != null) ? post.thread() : null);
		model.addAttribute("profile", profile);
		model.addAttribute("reasons", this.reports.reasons());
		model.addAttribute("reason", reason);
		model.addAttribute("note", note);
		model.addAttribute("error", error);
		model.addAttribute("noteMax", NOTE);
		return REPORT;
	}

}
