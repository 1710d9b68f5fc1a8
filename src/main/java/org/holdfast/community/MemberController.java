package org.holdfast.community;

import jakarta.servlet.http.HttpServletResponse;

import org.holdfast.account.Member;
import org.holdfast.account.MemberRepository;
import org.holdfast.account.Role;
import org.holdfast.account.SignedInMember;

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
 * A member's public profile (their name, when they joined and their latest posts, only
 * for members of the same age band and moderators), and the words a member has muted.
 */
@Controller
class MemberController {

	private static final int RECENT = 10;

	private static final int MAX_PHRASE = 60;

	private final MemberRepository members;

	private final Forum forum;

	private final Mutes mutes;

	MemberController(MemberRepository members, Forum forum, Mutes mutes) {
		this.members = members;
		this.forum = forum;
		this.mutes = mutes;
	}

	@GetMapping("/community/members/{username}")
	String profile(@AuthenticationPrincipal SignedInMember me, @PathVariable String username, Model model) {
		boolean moderator = CommunityController.moderator(me);
		Member member = this.members.findByUsername(username)
			.filter((m) -> moderator || m.getAgeBand() == me.ageBand() || m.hasRole(Role.MODERATOR))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("member", member);
		model.addAttribute("posts",
				this.forum.recentBy(member.getId(), (moderator ? member.getAgeBand() : me.ageBand()).name(), RECENT));
		model.addAttribute("self", member.getId() == me.id());
		return "community/profile";
	}

	@GetMapping("/me/muted")
	String muted(@AuthenticationPrincipal SignedInMember me, Model model) {
		model.addAttribute("phrases", this.mutes.of(me.id()));
		return "community/muted";
	}

	@PostMapping("/me/muted")
	String mute(@AuthenticationPrincipal SignedInMember me, @RequestParam(defaultValue = "") String phrase, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String clean = Mutes.normalise(phrase);
		String error = null;
		if (clean.length() < 2) {
			error = "community.muted.error.short";
		}
		else if (clean.length() > MAX_PHRASE) {
			error = "community.muted.error.long";
		}
		else if (!this.mutes.add(me.id(), clean)) {
			error = "community.muted.error.full";
		}
		if (error != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("phrases", this.mutes.of(me.id()));
			model.addAttribute("phrase", phrase);
			model.addAttribute("error", error);
			return "community/muted";
		}
		redirect.addFlashAttribute("saved", "community.muted.added");
		return "redirect:/me/muted";
	}

	@PostMapping("/me/muted/delete")
	String unmute(@AuthenticationPrincipal SignedInMember me, @RequestParam(defaultValue = "") String phrase,
			RedirectAttributes redirect) {
		this.mutes.remove(me.id(), phrase);
		redirect.addFlashAttribute("saved", "community.muted.removed");
		return "redirect:/me/muted";
	}

}
