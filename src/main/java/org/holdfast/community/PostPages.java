package org.holdfast.community;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.holdfast.account.SignedInMember;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages around writing a post, shared by starting a thread, replying and changing a
 * post: the form (with why the member can't post now, if they can't), what follows an
 * attempt to post (the post, help first, a check's reason, or a refusal), and the way
 * back to a post in its thread.
 */
@Component
class PostPages {

	static final String FORM = "community/form";

	private final Forum forum;

	private final Posting posting;

	PostPages(Forum forum, Posting posting) {
		this.forum = forum;
		this.posting = posting;
	}

	/**
	 * Where the post is written: a new thread in a space, a reply in a thread, or a
	 * change to a post.
	 */
	record Place(Space space, Forum.@Nullable ThreadView thread, Forum.@Nullable PostView editing) {

		static Place newThread(Space space) {
			return new Place(space, null, null);
		}

		static Place reply(Visible.InSpace where) {
			return new Place(where.space(), where.thread(), null);
		}

		static Place change(Visible.InThread post) {
			return new Place(post.space(), post.thread(), post.post());
		}

		String action() {
			if (this.editing != null) {
				return "/community/posts/" + this.editing.id() + "/edit";
			}
			return (this.thread != null) ? "/community/threads/" + this.thread.id() + "/reply"
					: "/community/" + this.space.slug() + "/new";
		}

	}

	/** The form, with a check's reason if one matched. */
	String form(SignedInMember me, Place place, PostForm form, @Nullable String check, Model model) {
		model.addAttribute("space", place.space());
		model.addAttribute("thread", place.thread());
		model.addAttribute("editing", place.editing());
		model.addAttribute("post", form);
		model.addAttribute("check", check);
		model.addAttribute("action", place.action());
		if (!model.containsAttribute("refusal")) {
			model.addAttribute("refusal",
					this.posting.refusal(me, place.space(), place.thread(), false, place.editing() != null)
						.orElse(null));
		}
		return FORM;
	}

	/** The form again after a mistake in it, answered as a bad request. */
	String invalid(SignedInMember me, Place place, PostForm form, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return form(me, place, form, null, model);
	}

	/** What follows an attempt to post. */
	String outcome(Posting.Outcome outcome, SignedInMember me, Place place, PostForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (outcome instanceof Posting.Posted posted) {
			redirect.addFlashAttribute("saved", posted.waiting() ? "community.post.waiting" : "community.post.posted");
			redirect.addFlashAttribute("help", posted.help());
			// Someone who may be in danger lands on their crisis lines, not on the post.
			return redirectTo(me, posted.threadId(), posted.postId(),
					posted.help() ? "crisis-lines" : "post-" + posted.postId());
		}
		if (outcome instanceof Posting.Help help) {
			model.addAttribute("emergency", help.emergency());
			model.addAttribute("space", place.space());
			model.addAttribute("thread", place.thread());
			model.addAttribute("editing", place.editing());
			model.addAttribute("post", form);
			model.addAttribute("action", place.action());
			return "community/crisis";
		}
		if (outcome instanceof Posting.Checked checked) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("help", checked.help());
			return form(me, place, form, checked.check(), model);
		}
		Posting.Refused refused = (Posting.Refused) outcome;
		response.setStatus(refused.status());
		model.addAttribute("refusal", refused);
		return form(me, place, form, null, model);
	}

	/** Where a post is: its thread, on the page that holds it, at the post. */
	String redirectTo(SignedInMember me, long threadId, long postId) {
		return redirectTo(me, threadId, postId, "post-" + postId);
	}

	/** The page of the thread with the post, scrolled to the anchor. */
	private String redirectTo(SignedInMember me, long threadId, long postId, String anchor) {
		int page = this.forum.pageOf(postId, threadId, me.id(), Audience.of(me).staff());
		return "redirect:/community/threads/" + threadId + ((page > 0) ? "?page=" + page : "") + "#" + anchor;
	}

}
