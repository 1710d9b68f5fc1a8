package org.holdfast.moderation;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.holdfast.account.Member;
import org.holdfast.account.MemberRepository;
import org.holdfast.account.Role;
import org.holdfast.account.SignedInMember;
import org.holdfast.system.TextForm;
import org.holdfast.system.TextInput;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What members see of moderation: reporting a post or a profile, the outcome of their
 * reports, the notices moderators sent them and their appeals, and the public "how we
 * moderate" page. A member can only report what they can see, so teens and adults can't
 * reach each other's posts this way either.
 */
@Controller
class ReportController {

	private static final String REPORT = "moderation/report";

	private static final String NOTICE = "moderation/notice";

	/** The longest note or appeal a member can write. */
	static final int NOTE = 1000;

	static final int APPEAL = 2000;

	private final Reports reports;

	private final Notices notices;

	private final ModeratedPosts posts;

	private final MemberRepository members;

	private final ModerationProperties properties;

	ReportController(Reports reports, Notices notices, ModeratedPosts posts, MemberRepository members,
			ModerationProperties properties) {
		this.reports = reports;
		this.notices = notices;
		this.posts = posts;
		this.members = members;
		this.properties = properties;
	}

	@GetMapping("/community/posts/{id}/report")
	String reportPost(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
		return form(visiblePost(me, id), null, null, null, null, model);
	}

	@PostMapping("/community/posts/{id}/report")
	String reportPost(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@ModelAttribute ReportForm form, BindingResult bound, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		ModeratedPosts.Post post = visiblePost(me, id);
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
		return form(null, visibleProfile(me, username), null, null, null, model);
	}

	@PostMapping("/community/members/{username}/report")
	String reportProfile(@AuthenticationPrincipal SignedInMember me, @PathVariable String username,
			@ModelAttribute ReportForm form, BindingResult bound, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Member profile = visibleProfile(me, username);
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

	private String form(ModeratedPosts.@Nullable Post post, @Nullable Member profile, @Nullable String reason,
			@Nullable String note, @Nullable String error, Model model) {
		model.addAttribute("post", post);
		model.addAttribute("profile", profile);
		model.addAttribute("reasons", this.reports.reasons());
		model.addAttribute("reason", reason);
		model.addAttribute("note", note);
		model.addAttribute("error", error);
		model.addAttribute("noteMax", NOTE);
		return REPORT;
	}

	@GetMapping("/me/reports")
	String mine(@AuthenticationPrincipal SignedInMember me, Model model) {
		model.addAttribute("reports", this.reports.mine(me.id()));
		return "moderation/reports";
	}

	@GetMapping("/me/notices")
	String notices(@AuthenticationPrincipal SignedInMember me, Model model) {
		model.addAttribute("notices", this.notices.of(me.id()));
		return "moderation/notices";
	}

	@GetMapping("/me/notices/{id}")
	String notice(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
		return notice(me, this.notices.open(me.id(), id).orElseThrow(ReportController::notFound), null, null, model);
	}

	@PostMapping("/me/notices/{id}/appeal")
	String appeal(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@RequestParam(required = false) @Nullable String appeal, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Notices.Notice notice = this.notices.open(me.id(), id).orElseThrow(ReportController::notFound);
		String text = (appeal != null) ? appeal.strip() : "";
		String error = null;
		if (notice.isAppealed()) {
			error = "moderation.appeal.error.already";
		}
		else if (text.isEmpty()) {
			error = "moderation.appeal.error.empty";
		}
		else if (TextInput.hasControlCharacters(text)) {
			error = TextForm.REFUSED;
		}
		else if (text.length() > APPEAL) {
			error = "moderation.appeal.error.too-long";
		}
		if (error != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return notice(me, notice, error, appeal, model);
		}
		this.notices.appeal(me.id(), id, text);
		redirect.addFlashAttribute("saved", "moderation.appeal.sent");
		return "redirect:/me/notices/" + id;
	}

	private String notice(SignedInMember me, Notices.Notice notice, @Nullable String error, @Nullable String appeal,
			Model model) {
		model.addAttribute("notice", notice);
		model.addAttribute("post",
				(notice.postId() != null) ? this.posts.find(notice.postId())
					.filter((post) -> post.authorId() != null && post.authorId() == me.id())
					.orElse(null) : null);
		model.addAttribute("error", error);
		model.addAttribute("appeal", appeal);
		model.addAttribute("appealMax", APPEAL);
		model.addAttribute("ladder", this.properties.suspensionDays());
		return NOTICE;
	}

	/** A post the member can read: published, and in a space for their age band. */
	private ModeratedPosts.Post visiblePost(SignedInMember me, long id) {
		boolean moderator = me.actsAs(Role.MODERATOR);
		return this.posts.find(id)
			.filter((post) -> moderator || (post.isPublished() && post.audience() == me.ageBand()))
			.orElseThrow(ReportController::notFound);
	}

	/** A profile the member can see: one in their own age band, or a moderator's. */
	private Member visibleProfile(SignedInMember me, String username) {
		boolean moderator = me.actsAs(Role.MODERATOR);
		return this.members.findByUsername(username)
			.filter((member) -> moderator || member.getAgeBand() == me.ageBand() || member.hasRole(Role.MODERATOR))
			.orElseThrow(ReportController::notFound);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
