package org.holdfast.moderation;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.holdfast.account.SignedInMember;
import org.holdfast.system.TextForm;
import org.holdfast.system.TextInput;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What members see of moderation: the outcome of their reports, and the notices
 * moderators sent them with a way to appeal each. Reports are made where the thing
 * reported is shown (the community's report pages), through {@link Reports}.
 */
@Controller
class NoticeController {

	private static final String NOTICE = "moderation/notice";

	/** The longest appeal a member can write. */
	static final int APPEAL = 2000;

	private final Reports reports;

	private final Notices notices;

	private final ModeratedPosts posts;

	private final ModerationProperties properties;

	NoticeController(Reports reports, Notices notices, ModeratedPosts posts, ModerationProperties properties) {
		this.reports = reports;
		this.notices = notices;
		this.posts = posts;
		this.properties = properties;
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
		return notice(me, this.notices.open(me.id(), id).orElseThrow(NoticeController::notFound), null, null, model);
	}

	@PostMapping("/me/notices/{id}/appeal")
	String appeal(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@RequestParam(required = false) @Nullable String appeal, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Notices.Notice notice = this.notices.open(me.id(), id).orElseThrow(NoticeController::notFound);
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

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
