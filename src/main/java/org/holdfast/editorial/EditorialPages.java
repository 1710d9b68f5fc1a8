package org.holdfast.editorial;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.holdfast.account.SignedInMember;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor pages every kind of content shares, under the subclass's address: review
 * (the changes, how it will look, safe-messaging hints), approve or send back, archive
 * and bring back, the history, one revision's changes, and restore. A subclass supplies
 * the content, its steps, how its documents read, and its own edit page.
 */
public abstract class EditorialPages<T extends Edited> {

	/** What a revision looks like to a reviewer. */
	public record Reading(Object document, List<FieldChange> changes, @Nullable Object preview,
			List<SafeMessagingHints.Hint> hints) {
	}

	protected final Editorial editorial;

	protected EditorialPages(Editorial editorial) {
		this.editorial = editorial;
	}

	/** The kind of content, as revisions store it ("article", "path"). */
	protected abstract String kind();

	/** Where this content's editor pages are, such as "/editor/articles". */
	protected abstract String base();

	protected abstract T find(long id);

	protected abstract EditorialSteps steps();

	/** How a revision's document reads, compared with an earlier one (or none). */
	protected abstract Reading read(String document, @Nullable String before);

	/** The content's edit page, with whatever the model holds (errors, a notice). */
	protected abstract String editPage(T subject, Model model);

	@GetMapping("/{id}/review")
	String review(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
		T subject = find(id);
		Integer submitted = subject.getWorkflow().getSubmittedRevision();
		if (submitted == null) {
			return "redirect:" + base() + "/" + id;
		}
		return review(me, subject, submitted, new ReviewForm(), model);
	}

	@PostMapping("/{id}/approve")
	String approve(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@ModelAttribute("review") ReviewForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			steps().approve(id, form.getRevision(), me.id());
			redirect.addFlashAttribute("saved", "editor.saved.published");
			return "redirect:" + base() + "/" + id;
		}
		catch (EditorialRefusal refused) {
			return refused(me, id, form, errors, refused, model, response);
		}
	}

	@PostMapping("/{id}/send-back")
	String sendBack(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@ModelAttribute("review") ReviewForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		form.validateNote(errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return review(me, find(id), form.getRevision(), form, model);
		}
		try {
			steps().sendBack(id, form.getRevision(), form.getNote(), me.id());
			redirect.addFlashAttribute("saved", "editor.saved.returned");
			return "redirect:" + base() + "/" + id;
		}
		catch (EditorialRefusal refused) {
			return refused(me, id, form, errors, refused, model, response);
		}
	}

	@PostMapping("/{id}/archive")
	String archive(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@ModelAttribute("archive") ReviewForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		T subject = find(id);
		form.validateNote(errors);
		if (!errors.hasErrors()) {
			try {
				steps().archive(id, form.getNote(), me.id());
				redirect.addFlashAttribute("saved", "editor.saved.archived");
				return "redirect:" + base() + "/" + id;
			}
			catch (EditorialRefusal refused) {
				errors.reject(refused.code());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return editPage(subject, model);
	}

	@PostMapping("/{id}/unarchive")
	String unarchive(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, RedirectAttributes redirect) {
		find(id);
		try {
			steps().unarchive(id, me.id());
			redirect.addFlashAttribute("saved", "editor.saved.unarchived");
		}
		catch (EditorialRefusal refused) {
			redirect.addFlashAttribute("refused", refused.code());
		}
		return "redirect:" + base() + "/" + id;
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		T subject = find(id);
		List<EditorialEvent> events = this.editorial.events(kind(), id);
		model.addAttribute("subject", subject);
		model.addAttribute("base", base() + "/" + id);
		model.addAttribute("revisions", this.editorial.revisions(kind(), id));
		model.addAttribute("events", events);
		model.addAttribute("imported", imported(events));
		return "editor/history";
	}

	@GetMapping("/{id}/revisions/{number}")
	String revision(@PathVariable long id, @PathVariable int number,
			@RequestParam(required = false) @Nullable Integer against, Model model) {
		T subject = find(id);
		Revision revision = this.editorial.revision(kind(), id, number)
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND));
		int earlier = (against != null) ? against : number - 1;
		String before = (earlier >= 1 && earlier != number)
				? this.editorial.revision(kind(), id, earlier).map(Revision::document).orElse(null) : null;
		Reading reading = read(revision.document(), before);
		model.addAttribute("subject", subject);
		model.addAttribute("base", base() + "/" + id);
		model.addAttribute("revision", revision);
		model.addAttribute("against", (before != null) ? earlier : null);
		model.addAttribute("changes", reading.changes());
		model.addAttribute("preview", reading.preview());
		model.addAttribute("document", reading.document());
		model.addAttribute("imported", imported(this.editorial.events(kind(), id)).contains(revision.number()));
		return "editor/revision";
	}

	@PostMapping("/{id}/revisions/{number}/restore")
	String restore(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, @PathVariable int number,
			RedirectAttributes redirect) {
		find(id);
		try {
			steps().restore(id, number, me.id());
			redirect.addFlashAttribute("saved", "editor.saved.restored");
			return "redirect:" + base() + "/" + id;
		}
		catch (EditorialRefusal refused) {
			redirect.addFlashAttribute("refused", refused.code());
			return "redirect:" + base() + "/" + id + "/revisions/" + number;
		}
	}

	private String refused(SignedInMember me, long id, ReviewForm form, BindingResult errors, EditorialRefusal refused,
			Model model, HttpServletResponse response) {
		errors.reject(refused.code());
		response.setStatus(HttpStatus.CONFLICT.value());
		T subject = find(id);
		Integer submitted = subject.getWorkflow().getSubmittedRevision();
		if (submitted == null) {
			model.addAttribute("refused", refused.code());
			return editPage(subject, model);
		}
		return review(me, subject, submitted, form, model);
	}

	private String review(SignedInMember me, T subject, int submitted, ReviewForm form, Model model) {
		long id = subject.getId();
		Integer published = subject.getWorkflow().getPublishedRevision();
		String document = this.editorial.revision(kind(), id, submitted)
			.map(Revision::document)
			.orElseThrow(() -> new IllegalStateException("No revision " + submitted));
		String before = (published != null)
				? this.editorial.revision(kind(), id, published).map(Revision::document).orElse(null) : null;
		Reading reading = read(document, before);
		form.setRevision(submitted);
		model.addAttribute("subject", subject);
		model.addAttribute("base", base() + "/" + id);
		model.addAttribute("review", form);
		model.addAttribute("submitted", submitted);
		model.addAttribute("document", reading.document());
		model.addAttribute("changes", reading.changes());
		model.addAttribute("preview", reading.preview());
		model.addAttribute("hints", reading.hints());
		model.addAttribute("cannotApprove",
				this.editorial.approvalProblem(kind(), id, (published != null) ? published : 0, submitted, me.id()));
		return "editor/review";
	}

	/** The revisions that came from starter content rather than an editor. */
	private static Set<Integer> imported(List<EditorialEvent> events) {
		return events.stream()
			.filter((event) -> event.action() == EditorialEvent.Action.IMPORTED)
			.map(EditorialEvent::revision)
			.collect(Collectors.toSet());
	}

}
