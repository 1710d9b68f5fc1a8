package org.holdfast.community;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.holdfast.account.SignedInMember;
import org.holdfast.system.PageNumber;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A thread and its replies: reading it (with what is new since the member's last visit,
 * and posts folded away that mention what they muted), replying, and finding a post in
 * its thread.
 */
@Controller
class ThreadController {

	private final Forum forum;

	private final Visible visible;

	private final Posting posting;

	private final PostPages pages;

	private final Mutes mutes;

	private final Clock clock;

	ThreadController(Forum forum, Visible visible, Posting posting, PostPages pages, Mutes mutes, Clock clock) {
		this.forum = forum;
		this.visible = visible;
		this.posting = posting;
		this.pages = pages;
		this.mutes = mutes;
		this.clock = clock;
	}

	/**
	 * A post as one reader sees it: whether it is theirs, new to them, or folded away
	 * because a member they muted wrote it or it mentions something they muted.
	 */
	record Shown(Forum.PostView post, boolean mine, boolean byMutedMember, boolean mentionsMuted, boolean fresh,
			String when) {

		public boolean isMuted() {
			return this.byMutedMember || this.mentionsMuted;
		}

	}

	@GetMapping("/community/threads/{id}")
	String thread(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@RequestParam(defaultValue = "0") String page, Locale locale, Model model) {
		DateTimeFormatter times = SpaceController.times(locale);
		Visible.InSpace where = this.visible.thread(me, id);
		Forum.ThreadView thread = where.thread();
		boolean moderator = Audience.of(me).staff();
		Instant seen = this.forum.visit(me.id(), id, this.clock.instant());
		int current = PageNumber.fromZero(page);
		List<Forum.PostView> posts = this.forum.posts(id, current, me.id(), moderator);
		Mutes.Muted muted = this.mutes.of(me.id());
		model.addAttribute("space", where.space());
		model.addAttribute("thread", thread);
		model.addAttribute("posts",
				posts.stream()
					.limit(Forum.POSTS_PER_PAGE)
					.map((post) -> new Shown(post, post.by(me.id()), !post.by(me.id()) && muted.wrote(post.authorId()),
							!post.by(me.id()) && muted.mentioned(post.body(), post.contentWarning(),
									post.opener() ? thread.title() : null),
							seen != null && post.createdAt().isAfter(seen) && !post.by(me.id()),
							times.format(post.createdAt())))
					.toList());
		model.addAttribute("page", current);
		model.addAttribute("more", posts.size() > Forum.POSTS_PER_PAGE);
		model.addAttribute("moderator", moderator);
		if (!model.containsAttribute("post")) {
			model.addAttribute("post", new PostForm());
		}
		model.addAttribute("refusal", this.posting.refusal(me, where.space(), thread, false, false).orElse(null));
		return "community/thread";
	}

	@PostMapping("/community/threads/{id}/reply")
	String reply(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@ModelAttribute("post") PostForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Visible.InSpace where = this.visible.thread(me, id);
		PostPages.Place place = PostPages.Place.reply(where);
		if (form.editing()) {
			return this.pages.form(me, place, form, null, model);
		}
		form.validate(errors, false);
		if (errors.hasErrors()) {
			return this.pages.invalid(me, place, form, model, response);
		}
		return this.pages.outcome(this.posting.reply(me, where.space(), where.thread(), form), me, place, form, model,
				response, redirect);
	}

	@GetMapping("/community/posts/{id}")
	String post(@AuthenticationPrincipal SignedInMember me, @PathVariable long id) {
		Visible.InThread found = this.visible.post(me, id);
		return this.pages.redirectTo(me, found.thread().id(), id);
	}

}
