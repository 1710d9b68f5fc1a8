package org.holdfast.path;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.holdfast.account.SignedInMember;
import org.holdfast.editorial.Editorial;
import org.holdfast.editorial.EditorialPages;
import org.holdfast.editorial.EditorialRefusal;
import org.holdfast.editorial.EditorialSteps;
import org.holdfast.editorial.ReviewForm;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The growth-path editor: the path's details and its steps (add, move, remove, change a
 * step's kind), with safe-messaging hints; then the same review-before-publish workflow
 * and revision history as articles. Editors only, after two-step sign-in.
 */
@Controller
@RequestMapping("/editor/paths")
class PathEditorController extends EditorialPages<Path> {

	private final PathRepository paths;

	private final PathEditing editing;

	private final SafeMessagingHints hints;

	PathEditorController(PathRepository paths, PathEditing editing, Editorial editorial, SafeMessagingHints hints) {
		super(editorial);
		this.paths = paths;
		this.editing = editing;
		this.hints = hints;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("waiting", this.paths.findByWorkflowSubmittedRevisionIsNotNullOrderByUpdatedAt());
		model.addAttribute("paths", this.paths.findAllByOrderByTitle());
		return "editor/paths";
	}

	@GetMapping("/new")
	String create(Model model) {
		PathDraft draft = new PathDraft();
		draft.getSteps().add(new PathDraft.StepDraft());
		return form(null, draft, model);
	}

	@PostMapping("/new")
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

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Path path = find(id);
		int latest = path.getWorkflow().getLatestRevision();
		return form(path, PathDraft.of(this.editing.document(id, latest), latest), model);
	}

	@PostMapping("/{id}")
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

	@Override
	protected String kind() {
		return PathDocument.KIND;
	}

	@Override
	protected String base() {
		return "/editor/paths";
	}

	@Override
	protected EditorialSteps steps() {
		return this.editing;
	}

	@Override
	protected Reading read(String document, @Nullable String before) {
		PathDocument read = PathDocument.parse(document);
		return new Reading(read, read.changesSince((before != null) ? PathDocument.parse(before) : null), null,
				hints(PathDraft.of(read, 0)));
	}

	@Override
	protected String editPage(Path path, Model model) {
		int latest = path.getWorkflow().getLatestRevision();
		return form(path, PathDraft.of(this.editing.document(path.getId(), latest), latest), model);
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

	@Override
	protected Path find(long id) {
		return this.paths.findById(id).orElseThrow(PathNotFoundException::new);
	}

}
