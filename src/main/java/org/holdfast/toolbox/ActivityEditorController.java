package org.holdfast.toolbox;

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
import org.holdfast.markdown.Markdown;

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
 * The coping-activity editor: write an activity with a preview and safe-messaging hints,
 * then the same review-before-publish workflow and history as articles and paths. Editors
 * only, after two-step sign-in.
 */
@Controller
@RequestMapping("/editor/activities")
class ActivityEditorController extends EditorialPages<CopingActivity> {

	private static final String FORM = "editor/activity";

	private final ActivityRepository activities;

	private final ActivityEditing editing;

	private final SafeMessagingHints hints;

	private final Markdown markdown;

	ActivityEditorController(ActivityRepository activities, ActivityEditing editing, Editorial editorial,
			SafeMessagingHints hints, Markdown markdown) {
		super(editorial);
		this.activities = activities;
		this.editing = editing;
		this.hints = hints;
		this.markdown = markdown;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("waiting", this.activities.findByWorkflowSubmittedRevisionIsNotNullOrderByUpdatedAt());
		model.addAttribute("activities", this.activities.findAllByOrderByCategoryAscTitleAsc());
		return "editor/activities";
	}

	@GetMapping("/new")
	String create(Model model) {
		return form(null, new ActivityDraft(), model);
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal SignedInMember me, @RequestParam(defaultValue = "save") String action,
			@ModelAttribute("draft") ActivityDraft draft, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		validate(draft, errors, 0);
		if (action.equals("preview") || errors.hasErrors()) {
			return formBack(null, draft, errors, model, response);
		}
		try {
			long id = this.editing.create(draft.document(), me.id());
			if (action.equals("submit")) {
				this.editing.submit(id, 1, me.id());
			}
			redirect.addFlashAttribute("saved",
					action.equals("submit") ? "editor.saved.submitted" : "editor.saved.draft");
			return "redirect:/editor/activities/" + id;
		}
		catch (EditorialRefusal refused) {
			reject(errors, refused);
			return formBack(null, draft, errors, model, response);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		return editPage(find(id), model);
	}

	@PostMapping("/{id}")
	String edit(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@RequestParam(defaultValue = "save") String action, @ModelAttribute("draft") ActivityDraft draft,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		CopingActivity activity = find(id);
		validate(draft, errors, id);
		if (action.equals("preview") || errors.hasErrors()) {
			return formBack(activity, draft, errors, model, response);
		}
		try {
			int revision = this.editing.save(id, draft.getBasedOn(), draft.document(), me.id());
			if (action.equals("submit")) {
				this.editing.submit(id, revision, me.id());
			}
			redirect.addFlashAttribute("saved",
					action.equals("submit") ? "editor.saved.submitted" : "editor.saved.draft");
			return "redirect:/editor/activities/" + id;
		}
		catch (EditorialRefusal refused) {
			reject(errors, refused);
			if (refused.code().equals("editor.refused.stale")) {
				// their text comes back unsaved; saving again makes it the newest
				// revision
				model.addAttribute("stale", draft.getBasedOn());
				draft.setBasedOn(find(id).getWorkflow().getLatestRevision());
			}
			return formBack(find(id), draft, errors, model, response);
		}
	}

	@Override
	protected String kind() {
		return ActivityDocument.KIND;
	}

	@Override
	protected String base() {
		return "/editor/activities";
	}

	@Override
	protected EditorialSteps steps() {
		return this.editing;
	}

	@Override
	protected CopingActivity find(long id) {
		return this.activities.findById(id).orElseThrow(ActivityNotFoundException::new);
	}

	@Override
	protected Reading read(String document, @Nullable String before) {
		ActivityDocument read = ActivityDocument.parse(document);
		return new Reading(read, read.changesSince((before != null) ? ActivityDocument.parse(before) : null),
				this.markdown.render(read.body()).html(), hints(read.title(), read.summary(), read.body()));
	}

	@Override
	protected String editPage(CopingActivity activity, Model model) {
		int latest = activity.getWorkflow().getLatestRevision();
		return form(activity, ActivityDraft.of(this.editing.document(activity.getId(), latest), latest), model);
	}

	private void validate(ActivityDraft draft, BindingResult errors, long id) {
		draft.validate(errors);
		if (!errors.hasFieldErrors("slug") && this.editing.slugTaken(draft.getSlug(), id)) {
			errors.rejectValue("slug", "editor.activity.slug.taken");
		}
	}

	private static void reject(BindingResult errors, EditorialRefusal refused) {
		if (refused.code().equals("editor.activity.slug.taken")) {
			errors.rejectValue("slug", refused.code());
		}
		else {
			errors.reject(refused.code());
		}
	}

	private String formBack(@Nullable CopingActivity activity, ActivityDraft draft, BindingResult errors, Model model,
			HttpServletResponse response) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return form(activity, draft, model);
	}

	private String form(@Nullable CopingActivity activity, ActivityDraft draft, Model model) {
		model.addAttribute("subject", activity);
		model.addAttribute("draft", draft);
		model.addAttribute("categories", CopingActivity.Category.values());
		model.addAttribute("preview", draft.getBody().isBlank() ? null : this.markdown.render(draft.getBody()).html());
		model.addAttribute("hints", hints(draft.getTitle(), draft.getSummary(), draft.getBody()));
		if (!model.containsAttribute("archive")) {
			model.addAttribute("archive", new ReviewForm());
		}
		return FORM;
	}

	private List<SafeMessagingHints.Hint> hints(String title, String summary, String body) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", title);
		fields.put("summary", summary);
		fields.put("body", body);
		// An activity has no content warning: a method or imagery word is a problem in
		// itself, shown beside its field.
		return this.hints.check(fields, "contentWarning")
			.stream()
			.filter((hint) -> hint.kind() != SafeMessagingHints.Kind.MISSING_WARNING)
			.toList();
	}

}
