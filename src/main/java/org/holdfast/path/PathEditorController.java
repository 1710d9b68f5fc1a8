package org.holdfast.path;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.holdfast.account.SignedInMember;
import org.holdfast.editorial.Editorial;
import org.holdfast.editorial.EditorialEvent;
import org.holdfast.editorial.EditorialRefusal;
import org.holdfast.editorial.ReviewForm;
import org.holdfast.editorial.Revision;
import org.holdfast.editorial.SafeMessagingHints;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The growth-path editor: the path's details and its steps (add, move, remove, change a
 * step's kind), with safe-messaging hints; then the same review-before-publish workflow
 * and revision history as articles. Editors only, after two-step sign-in.
 */
@Controller
class PathEditorController {

	private final PathRepository paths;

	private final PathEditing editing;

	private final Editorial editorial;

	private final SafeMessagingHints hints;

	PathEditorController(PathRepository paths, PathEditing editing, Editorial editorial, SafeMessagingHints hints) {
		this.paths = paths;
		this.editing = editing;
		this.editorial = editorial;
		this.hints = hints;
	}

	@GetMapping("/editor/paths")
	String list(Model model) {
		model.addAttribute("waiting", this.paths.findByWorkflowSubmittedRevisionIsNotNullOrderByUpdatedAt());
		model.addAttribute("paths", this.paths.findAllByOrderByTitle());
		return "editor/paths";
	}

	@GetMapping("/editor/paths/new")
	String create(Model model) {
		PathDraft draft = new PathDraft();
		draft.getSteps().add(new PathDraft.StepDraft());
		return form(null, draft, model);
	}

	@PostMapping("/editor/paths/new")
	String create(@AuthenticationPrincipal SignedInMember me, @RequestParam(defaultValue = "save") String action,
			@ModelAttribute("draft") PathDraft draft, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (draft.operate(action)) {
			model.addAttribute("unsaved", true);
			return form(null, draft, model);
		}
		draft.validate(errors);
		if (!errors.hasFieldErrors("slug") && this.paths.existsBySlug(draft.getSlug())) {
			errors.rejectValue("slug", "editor.path.slug.taken");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(null, draft, model);
		}
		try {
			long id = this.editing.create(draft.document(), me.id());
			if (action.equals("submit")) {
				this.editing.submit(id, 1, me.id());
			}
			redirect.addFlashAttribute("saved",
					action.equals("submit") ? "editor.saved.submitted" : "editor.saved.draft");
			return "redirect:/editor/paths/" + id;
		}
		catch (EditorialRefusal refused) {
			errors.reject(refused.code());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(null, draft, model);
		}
	}

	@GetMapping("/editor/paths/{id}")
	String edit(@PathVariable long id, Model model) {
		Path path = find(id);
		int latest = path.getWorkflow().getLatestRevision();
		return form(path, PathDraft.of(this.editing.document(id, latest), latest), model);
	}

	@PostMapping("/editor/paths/{id}")
	String edit(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@RequestParam(defaultValue = "save") String action, @ModelAttribute("draft") PathDraft draft,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Path path = find(id);
		if (draft.operate(action)) {
			model.addAttribute("unsaved", true);
			return form(path, draft, model);
		}
		draft.validate(errors);
		if (!errors.hasFieldErrors("slug") && this.editing.slugTaken(draft.getSlug(), id)) {
			errors.rejectValue("slug", "editor.path.slug.taken");
		}
		if (!errors.hasErrors()) {
			try {
				int revision = this.editing.save(id, draft.getBasedOn(), draft.document(), me.id());
				if (action.equals("submit")) {
					this.editing.submit(id, revision, me.id());
				}
				redirect.addFlashAttribute("saved",
						action.equals("submit") ? "editor.saved.submitted" : "editor.saved.draft");
				return "redirect:/editor/paths/" + id;
			}
			catch (EditorialRefusal refused) {
				errors.reject(refused.code());
				if (refused.code().equals("editor.refused.stale")) {
					// their text comes back unsaved; saving again makes it the newest
					// revision
					draft.setBasedOn(find(id).getWorkflow().getLatestRevision());
				}
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return form(find(id), draft, model);
	}

	@GetMapping("/editor/paths/{id}/review")
	String review(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
		Path path = find(id);
		Integer submitted = path.getWorkflow().getSubmittedRevision();
		if (submitted == null) {
			return "redirect:/editor/paths/" + id;
		}
		return review(me, path, submitted, new ReviewForm(), model);
	}

	@PostMapping("/editor/paths/{id}/approve")
	String approve(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@ModelAttribute("review") ReviewForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.editing.approve(id, form.getRevision(), me.id());
			redirect.addFlashAttribute("saved", "editor.saved.published");
			return "redirect:/editor/paths/" + id;
		}
		catch (EditorialRefusal refused) {
			return refused(me, id, form, errors, refused, model, response);
		}
	}

	@PostMapping("/editor/paths/{id}/send-back")
	String sendBack(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@ModelAttribute("review") ReviewForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		form.validateNote(errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return review(me, find(id), form.getRevision(), form, model);
		}
		try {
			this.editing.sendBack(id, form.getRevision(), form.getNote().strip(), me.id());
			redirect.addFlashAttribute("saved", "editor.saved.returned");
			return "redirect:/editor/paths/" + id;
		}
		catch (EditorialRefusal refused) {
			return refused(me, id, form, errors, refused, model, response);
		}
	}

	@PostMapping("/editor/paths/{id}/archive")
	String archive(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@ModelAttribute("archive") ReviewForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		form.validateNote(errors);
		if (!errors.hasErrors()) {
			try {
				this.editing.archive(id, form.getNote().strip(), me.id());
				redirect.addFlashAttribute("saved", "editor.saved.archived");
				return "redirect:/editor/paths/" + id;
			}
			catch (EditorialRefusal refused) {
				errors.reject(refused.code());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return edit(id, model);
	}

	@PostMapping("/editor/paths/{id}/unarchive")
	String unarchive(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.editing.unarchive(id, me.id());
			redirect.addFlashAttribute("saved", "editor.saved.unarchived");
		}
		catch (EditorialRefusal refused) {
			redirect.addFlashAttribute("refused", refused.code());
		}
		return "redirect:/editor/paths/" + id;
	}

	@GetMapping("/editor/paths/{id}/history")
	String history(@PathVariable long id, Model model) {
		Path path = find(id);
		List<EditorialEvent> events = this.editorial.events(PathDocument.KIND, id);
		model.addAttribute("subject", path);
		model.addAttribute("base", "/editor/paths/" + id);
		model.addAttribute("revisions", this.editorial.revisions(PathDocument.KIND, id));
		model.addAttribute("events", events);
		model.addAttribute("imported", imported(events));
		return "editor/history";
	}

	@GetMapping("/editor/paths/{id}/revisions/{number}")
	String revision(@PathVariable long id, @PathVariable int number,
			@RequestParam(required = false) @Nullable Integer against, Model model) {
		Path path = find(id);
		Revision revision = this.editorial.revision(PathDocument.KIND, id, number)
			.orElseThrow(PathNotFoundException::new);
		int base = (against != null) ? against : number - 1;
		PathDocument before = (base >= 1 && base != number) ? this.editorial.revision(PathDocument.KIND, id, base)
			.map((old) -> PathDocument.parse(old.document()))
			.orElse(null) : null;
		model.addAttribute("subject", path);
		model.addAttribute("base", "/editor/paths/" + id);
		model.addAttribute("revision", revision);
		model.addAttribute("against", (before != null) ? base : null);
		model.addAttribute("changes", PathDocument.parse(revision.document()).changesSince(before));
		model.addAttribute("preview", null);
		model.addAttribute("imported",
				imported(this.editorial.events(PathDocument.KIND, id)).contains(revision.number()));
		return "editor/revision";
	}

	@PostMapping("/editor/paths/{id}/revisions/{number}/restore")
	String restore(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, @PathVariable int number,
			RedirectAttributes redirect) {
		find(id);
		try {
			this.editing.restore(id, number, me.id());
			redirect.addFlashAttribute("saved", "editor.saved.restored");
			return "redirect:/editor/paths/" + id;
		}
		catch (EditorialRefusal refused) {
			redirect.addFlashAttribute("refused", refused.code());
			return "redirect:/editor/paths/" + id + "/revisions/" + number;
		}
	}

	private String refused(SignedInMember me, long id, ReviewForm form, BindingResult errors, EditorialRefusal refused,
			Model model, HttpServletResponse response) {
		errors.reject(refused.code());
		response.setStatus(HttpStatus.CONFLICT.value());
		Path path = find(id);
		Integer submitted = path.getWorkflow().getSubmittedRevision();
		if (submitted == null) {
			model.addAttribute("refused", refused.code());
			return edit(id, model);
		}
		return review(me, path, submitted, form, model);
	}

	private String review(SignedInMember me, Path path, int submitted, ReviewForm form, Model model) {
		long id = path.getId();
		PathDocument document = this.editing.document(id, submitted);
		Integer published = path.getWorkflow().getPublishedRevision();
		form.setRevision(submitted);
		model.addAttribute("subject", path);
		model.addAttribute("base", "/editor/paths/" + id);
		model.addAttribute("review", form);
		model.addAttribute("submitted", submitted);
		model.addAttribute("document", document);
		model.addAttribute("changes",
				document.changesSince((published != null) ? this.editing.document(id, published) : null));
		model.addAttribute("preview", null);
		model.addAttribute("hints", hints(PathDraft.of(document, submitted)));
		model.addAttribute("cannotApprove", this.editorial.approvalProblem(PathDocument.KIND, id,
				(published != null) ? published : 0, submitted, me.id()));
		return "editor/review";
	}

	private String form(@Nullable Path path, PathDraft draft, Model model) {
		model.addAttribute("subject", path);
		model.addAttribute("draft", draft);
		model.addAttribute("kinds", PathStep.Kind.values());
		model.addAttribute("hints", hints(draft));
		if (!model.containsAttribute("archive")) {
			model.addAttribute("archive", new ReviewForm());
		}
		return "editor/path";
	}

	private List<SafeMessagingHints.Hint> hints(PathDraft draft) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", draft.getTitle());
		fields.put("summary", draft.getSummary());
		fields.put("contentWarning", draft.getContentWarning());
		for (int i = 0; i < draft.getSteps().size(); i++) {
			PathDraft.StepDraft step = draft.getSteps().get(i);
			fields.put("steps" + i + "-title", step.getTitle());
			fields.put("steps" + i + "-body", step.getBody());
			fields.put("steps" + i + "-prompt", step.getPrompt());
		}
		return new ArrayList<>(this.hints.check(fields, "contentWarning"));
	}

	private static Set<Integer> imported(List<EditorialEvent> events) {
		return events.stream()
			.filter((event) -> event.action() == EditorialEvent.Action.IMPORTED)
			.map(EditorialEvent::revision)
			.collect(Collectors.toSet());
	}

	private Path find(long id) {
		return this.paths.findById(id).orElseThrow(PathNotFoundException::new);
	}

}
