package org.holdfast.community;

import jakarta.servlet.http.HttpServletResponse;

import org.holdfast.account.Member;
import org.holdfast.account.Role;
import org.holdfast.account.SignedInMember;
import org.holdfast.system.TextForm;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's public profile (their name, when they joined and their latest posts, only
 * for members of the same age band and moderators), and the words and members a member
 * has muted.
 */
@Controller
class MemberController {

	private static final int RECENT = 10;

	private static final int MAX_PHRASE = 60;

	private final Visible visible;

	private final Forum forum;

	private final Mutes mutes;

	MemberController(Visible visible, Forum forum, Mutes mutes) {
		this.visible = visible;
		this.forum = forum;
		this.mutes = mutes;
	}

	@GetMapping("/community/members/{username}")
	String profile(@AuthenticationPrincipal SignedInMember me, @PathVariable String username, Model model) {
		Member member = this.visible.profile(me, username);
		model.addAttribute("member", member);
		model.addAttribute("posts",
				this.forum.recentBy(member.getId(), Audience.of(me).postsShownOf(member).name(), RECENT));
		model.addAttribute("self", member.getId() == me.id());
		model.addAttribute("mutable", mutable(me, member));
		model.addAttribute("muted", this.mutes.hasMuted(me.id(), member.getId()));
		return "community/profile";
	}

	/**
	 * Mutes or unmutes a member: their threads and posts are folded away for this reader.
	 * They are not told. Moderators can't be muted, so their notes are always seen.
	 */
	@PostMapping("/community/members/{username}/mute")
	String muteMember(@AuthenticationPrincipal SignedInMember me, @PathVariable String username,
			@RequestParam(defaultValue = "true") boolean mute, RedirectAttributes redirect) {
		Member member = this.visible.profile(me, username);
		if (!mutable(me, member)) {
			redirect.addFlashAttribute("refused", "community.mute.refused");
		}
		else if (!mute) {
			this.mutes.unmuteMember(me.id(), member.getId());
			redirect.addFlashAttribute("saved", "community.mute.removed");
		}
		else if (this.mutes.muteMember(me.id(), member.getId())) {
			redirect.addFlashAttribute("saved", "community.mute.added");
		}
		else {
			redirect.addFlashAttribute("refused", "community.mute.full");
		}
		return "redirect:/community/members/{username}";
	}

	@PostMapping("/me/muted/members/delete")
	String unmuteMember(@AuthenticationPrincipal SignedInMember me, @RequestParam(defaultValue = "0") long member,
			RedirectAttributes redirect) {
		this.mutes.unmuteMember(me.id(), member);
		redirect.addFlashAttribute("saved", "community.mute.removed");
		return "redirect:/me/muted";
	}

	private static boolean mutable(SignedInMember me, Member member) {
		return member.getId() != me.id() && !member.hasRole(Role.MODERATOR);
	}

	@GetMapping("/me/muted")
	String muted(@AuthenticationPrincipal SignedInMember me, Model model) {
		model.addAttribute("phrases", this.mutes.phrases(me.id()));
		model.addAttribute("members", this.mutes.members(me.id()));
		return "community/muted";
	}

	@PostMapping("/me/muted")
	String mute(@AuthenticationPrincipal SignedInMember me, @ModelAttribute PhraseForm form, BindingResult bound,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String phrase = TextForm.typed(bound, "phrase", form.getPhrase());
		String clean = Mutes.normalise(phrase);
		String error = null;
		if (bound.hasErrors()) {
			error = TextForm.REFUSED;
		}
		else if (clean.length() < 2) {
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
			model.addAttribute("phrases", this.mutes.phrases(me.id()));
			model.addAttribute("members", this.mutes.members(me.id()));
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
