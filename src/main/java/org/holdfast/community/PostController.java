package org.holdfast.community;

import jakarta.servlet.http.HttpServletResponse;

import org.holdfast.account.SignedInMember;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a member does to one post: change or delete their own, and send support to someone
 * else's. Reporting a post is {@link ReportController}'s.
 */
@Controller
class PostController {

	private final Visible visible;

	private final Posting posting;

	private final PostPages pages;

	PostController(Visible visible, Posting posting, PostPages pages) {
		this.visible = visible;
		this.posting = posting;
		this.pages = pages;
	}

	@GetMapping("/community/posts/{id}/edit")
	String edit(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
		Visible.InThread own = this.visible.post(me, id, Visible.Use.CHANGE);
		PostForm form = new PostForm();
		form.setTitle(own.thread().title());
		form.setBody(own.post().body());
		form.setContentWarning(own.post().contentWarning());
		return this.pages.form(me, PostPages.Place.change(own), form, null, model);
	}

	@PostMapping("/community/posts/{id}/edit")
	String edit(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@ModelAttribute("post") PostForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Visible.InThread own = this.visible.post(me, id, Visible.Use.CHANGE);
		PostPages.Place place = PostPages.Place.change(own);
		if (form.editing()) {
			return this.pages.form(me, place, form, null, model);
		}
		form.validate(errors, own.post().opener());
		if (errors.hasErrors()) {
			return this.pages.invalid(me, place, form, model, response);
		}
		return this.pages.outcome(this.posting.edit(me, own.space(), own.thread(), own.post(), form), me, place, form,
				model, response, redirect);
	}

	@GetMapping("/community/posts/{id}/delete")
	String delete(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
		model.addAttribute("post", this.visible.post(me, id, Visible.Use.CHANGE).post());
		return "community/delete";
	}

	@PostMapping("/community/posts/{id}/delete")
	String delete(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, RedirectAttributes redirect) {
		Forum.PostView post = this.visible.post(me, id, Visible.Use.CHANGE).post();
		this.posting.delete(post);
		redirect.addFlashAttribute("saved", "community.post.deleted");
		return "redirect:/community/threads/" + post.threadId();
	}

	/**
	 * Sends a support reaction, or takes it back. A post the member may see but not
	 * support (their own, or one not up) is left as it is.
	 */
	@PostMapping("/community/posts/{id}/react")
	String react(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@RequestParam(defaultValue = "") String kind) {
		Visible.InThread found = this.visible.post(me, id);
		if (!kind.equals("HEAR") && !kind.equals("STRENGTH")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		if (Audience.of(me).maySupport(found.space(), found.thread(), found.post())) {
			this.posting.react(me, found.post(), kind);
		}
		return this.pages.redirectTo(me, found.thread().id(), id);
	}

}
