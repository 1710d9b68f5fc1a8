package org.holdfast.article;

import java.time.LocalDate;
import java.time.ZoneOffset;
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

import org.springframework.data.domain.PageRequest;
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
 * The article editor: write and preview with safe-messaging hints beside the text, save
 * revisions, send them for review, and (for a second editor) approve or send back; the
 * history of every revision with diffs, restore, archive. Only editors who have passed
 * two-step sign-in reach it (the security configuration guards {@code /editor/**}).
 */
@Controller
class ArticleEditorController {

	static final String FORM = "editor/article";

	static final int PAGE_SIZE = 50;

	private final ArticleRepository articles;

	private final ArticleEditing editing;

	private final Editorial editorial;

	private final SafeMessagingHints hints;

	private final Markdown markdown;

	private final java.time.Clock clock;

	ArticleEditorController(ArticleRepository articles, ArticleEditing editing, Editorial editorial,
			SafeMessagingHints hints, Markdown markdown, java.time.Clock clock) {
		this.articles = articles;
		this.editing = editing;
		this.editorial = editorial;
		this.hints = hints;
		this.markdown = markdown;
		this.clock = clock;
	}

	@GetMapping("/editor")
	String index(@RequestParam(defaultValue = "1") String page, Model model) {
		model.addAttribute("waiting", this.articles.findByWorkflowSubmittedRevisionIsNotNullOrderByUpdatedAtAscIdAsc());
		model.addAttribute("articles", this.articles
			.findAllByOrderByUpdatedAtDescIdDesc(PageRequest.of(ArticleController.pageNumber(page) - 1, PAGE_SIZE)));
		return "editor/index";
	}

	@GetMapping("/editor/articles/new")
	String create(Model model) {
		ArticleDraft draft = new ArticleDraft();
		draft.setContributors(List.of(StarterContent.CONTRIBUTOR));
		return form(null, draft, model);
	}

	@PostMapping("/editor/articles/new")
	String create(@AuthenticationPrincipal SignedInMember me, @RequestParam(defaultValue = "save") String action,
			@ModelAttribute("draft") ArticleDraft draft, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		validate(draft, errors, null);
		if (action.equals("preview") || errors.hasErrors()) {
			return formBack(null, draft, errors, model, response, action.equals("preview"));
		}
		long id;
		try {
			id = this.editing.create(draft.document(), me.id());
			if (action.equals("submit")) {
				this.editing.submit(id, 1, me.id());
			}
		}
		catch (EditorialRefusal refused) {
			reject(errors, refused);
			return formBack(null, draft, errors, model, response, false);
		}
		redirect.addFlashAttribute("saved", action.equals("submit") ? "editor.saved.submitted" : "editor.saved.draft");
		return "redirect:/editor/articles/" + id;
	}

	@GetMapping("/editor/articles/{id}")
	String edit(@PathVariable long id, Model model) {
		Article article = find(id);
		return form(article,
				ArticleDraft.of(this.editing.document(id, article.getLatestRevision()), article.getLatestRevision()),
				model);
	}

	@PostMapping("/editor/articles/{id}")
	String edit(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@RequestParam(defaultValue = "save") String action, @ModelAttribute("draft") ArticleDraft draft,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Article article = find(id);
		validate(draft, errors, id);
		if (action.equals("preview") || errors.hasErrors()) {
			return formBack(article, draft, errors, model, response, action.equals("preview"));
		}
		try {
			int revision = this.editing.save(id, draft.getBasedOn(), draft.document(), me.id());
			if (action.equals("submit")) {
				this.editing.submit(id, revision, me.id());
			}
		}
		catch (EditorialRefusal refused) {
			reject(errors, refused);
			if (refused.code().equals("editor.refused.stale")) {
				// Their text comes back unsaved; saving again makes it the newest
				// revision,
				// and the one saved meanwhile stays in the history.
				model.addAttribute("stale", draft.getBasedOn());
				draft.setBasedOn(find(id).getLatestRevision());
			}
			return formBack(find(id), draft, errors, model, response, false);
		}
		redirect.addFlashAttribute("saved", action.equals("submit") ? "editor.saved.submitted" : "editor.saved.draft");
		return "redirect:/editor/articles/" + id;
	}

	@GetMapping("/editor/articles/{id}/review")
	String review(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
		Article article = find(id);
		Integer submitted = article.getSubmittedRevision();
		if (submitted == null) {
			return "redirect:/editor/articles/" + id;
		}
		return review(me, article, submitted, new ReviewForm(), model);
	}

	@PostMapping("/editor/articles/{id}/approve")
	String approve(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@ModelAttribute("review") ReviewForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.editing.approve(id, form.getRevision(), me.id());
		}
		catch (EditorialRefusal refused) {
			return refusedReview(me, id, form, errors, refused, model, response);
		}
		redirect.addFlashAttribute("saved", "editor.saved.published");
		return "redirect:/editor/articles/" + id;
	}

	@PostMapping("/editor/articles/{id}/send-back")
	String sendBack(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@ModelAttribute("review") ReviewForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		form.validateNote(errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Article article = find(id);
			return review(me, article, form.getRevision(), form, model);
		}
		try {
			this.editing.sendBack(id, form.getRevision(), form.getNote().strip(), me.id());
		}
		catch (EditorialRefusal refused) {
			return refusedReview(me, id, form, errors, refused, model, response);
		}
		redirect.addFlashAttribute("saved", "editor.saved.returned");
		return "redirect:/editor/articles/" + id;
	}

	@PostMapping("/editor/articles/{id}/archive")
	String archive(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@ModelAttribute("archive") ReviewForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Article article = find(id);
		form.validateNote(errors);
		if (!errors.hasErrors()) {
			try {
				this.editing.archive(id, form.getNote().strip(), me.id());
				redirect.addFlashAttribute("saved", "editor.saved.archived");
				return "redirect:/editor/articles/" + id;
			}
			catch (EditorialRefusal refused) {
				errors.reject(refused.code());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("archive", form);
		return form(article,
				ArticleDraft.of(this.editing.document(id, article.getLatestRevision()), article.getLatestRevision()),
				model);
	}

	@PostMapping("/editor/articles/{id}/unarchive")
	String unarchive(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.editing.unarchive(id, me.id());
			redirect.addFlashAttribute("saved", "editor.saved.unarchived");
		}
		catch (EditorialRefusal refused) {
			redirect.addFlashAttribute("refused", refused.code());
		}
		return "redirect:/editor/articles/" + id;
	}

	@GetMapping("/editor/articles/{id}/history")
	String history(@PathVariable long id, Model model) {
		Article article = find(id);
		model.addAttribute("subject", article);
		model.addAttribute("base", "/editor/articles/" + id);
		List<EditorialEvent> events = this.editorial.events(ArticleDocument.KIND, id);
		model.addAttribute("revisions", this.editorial.revisions(ArticleDocument.KIND, id));
		model.addAttribute("events", events);
		model.addAttribute("imported", imported(events));
		return "editor/history";
	}

	@GetMapping("/editor/articles/{id}/revisions/{number}")
	String revision(@PathVariable long id, @PathVariable int number,
			@RequestParam(required = false) @Nullable Integer against, Model model) {
		Article article = find(id);
		Revision revision = this.editorial.revision(ArticleDocument.KIND, id, number)
			.orElseThrow(() -> new ArticleNotFoundException(id + "/" + number));
		int base = (against != null) ? against : number - 1;
		ArticleDocument document = ArticleDocument.parse(revision.document());
		ArticleDocument before = (base >= 1 && base != number) ? this.editorial.revision(ArticleDocument.KIND, id, base)
			.map((old) -> ArticleDocument.parse(old.document()))
			.orElse(null) : null;
		model.addAttribute("subject", article);
		model.addAttribute("base", "/editor/articles/" + id);
		model.addAttribute("revision", revision);
		model.addAttribute("against", (before != null) ? base : null);
		model.addAttribute("changes", document.changesSince(before));
		model.addAttribute("preview", this.markdown.render(document.markdown()).html());
		model.addAttribute("document", document);
		model.addAttribute("imported",
				imported(this.editorial.events(ArticleDocument.KIND, id)).contains(revision.number()));
		return "editor/revision";
	}

	@PostMapping("/editor/articles/{id}/revisions/{number}/restore")
	String restore(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, @PathVariable int number,
			RedirectAttributes redirect) {
		find(id);
		try {
			this.editing.restore(id, number, me.id());
			redirect.addFlashAttribute("saved", "editor.saved.restored");
			return "redirect:/editor/articles/" + id;
		}
		catch (EditorialRefusal refused) {
			redirect.addFlashAttribute("refused", refused.code());
			return "redirect:/editor/articles/" + id + "/revisions/" + number;
		}
	}

	/** The revisions that came from the starter content rather than an editor. */
	private static Set<Integer> imported(List<EditorialEvent> events) {
		return events.stream()
			.filter((event) -> event.action() == EditorialEvent.Action.IMPORTED)
			.map(EditorialEvent::revision)
			.collect(Collectors.toSet());
	}

	private String refusedReview(SignedInMember me, long id, ReviewForm form, BindingResult errors,
			EditorialRefusal refused, Model model, HttpServletResponse response) {
		errors.reject(refused.code());
		response.setStatus(HttpStatus.CONFLICT.value());
		Article article = find(id);
		Integer submitted = article.getSubmittedRevision();
		if (submitted == null) {
			model.addAttribute("gone", refused.code());
			return form(article, ArticleDraft.of(this.editing.document(id, article.getLatestRevision()),
					article.getLatestRevision()), model);
		}
		return review(me, article, submitted, form, model);
	}

	private String review(SignedInMember me, Article article, int submitted, ReviewForm form, Model model) {
		long id = article.getId();
		ArticleDocument document = this.editing.document(id, submitted);
		Integer published = article.getPublishedRevision();
		ArticleDocument before = (published != null) ? this.editing.document(id, published) : null;
		form.setRevision(submitted);
		model.addAttribute("subject", article);
		model.addAttribute("base", "/editor/articles/" + id);
		model.addAttribute("review", form);
		model.addAttribute("submitted", submitted);
		model.addAttribute("document", document);
		model.addAttribute("changes", document.changesSince(before));
		model.addAttribute("preview", this.markdown.render(document.markdown()).html());
		model.addAttribute("hints", hints(document));
		model.addAttribute("cannotApprove", this.editorial.approvalProblem(ArticleDocument.KIND, id,
				(published != null) ? published : 0, submitted, me.id()));
		return "editor/review";
	}

	private void validate(ArticleDraft draft, BindingResult errors, @Nullable Long id) {
		Set<String> topics = this.editing.allTopics().stream().map(Topic::getSlug).collect(Collectors.toSet());
		Set<String> contributors = this.editing.allContributors()
			.stream()
			.map(Contributor::getSlug)
			.collect(Collectors.toSet());
		draft.validate(errors, topics, contributors, LocalDate.now(this.clock.withZone(ZoneOffset.UTC)));
		if (!errors.hasFieldErrors("slug") && this.editing.slugTaken(draft.getSlug(), id)) {
			errors.rejectValue("slug", "editor.slug.taken");
		}
	}

	private static void reject(BindingResult errors, EditorialRefusal refused) {
		if (refused.code().equals("editor.slug.taken")) {
			errors.rejectValue("slug", refused.code());
		}
		else {
			errors.reject(refused.code());
		}
	}

	private String formBack(@Nullable Article article, ArticleDraft draft, BindingResult errors, Model model,
			HttpServletResponse response, boolean preview) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("previewing", preview);
		return form(article, draft, model);
	}

	private String form(@Nullable Article article, ArticleDraft draft, Model model) {
		model.addAttribute("article", article);
		model.addAttribute("draft", draft);
		model.addAttribute("topics", this.editing.allTopics());
		model.addAttribute("contributors", this.editing.allContributors());
		model.addAttribute("audiences", Article.Audience.values());
		model.addAttribute("preview",
				draft.getMarkdown().isBlank() ? null : this.markdown.render(draft.getMarkdown()).html());
		model.addAttribute("hints",
				this.hints.check(
						fields(draft.getTitle(), draft.getSummary(), draft.getContentWarning(), draft.getMarkdown()),
						"contentWarning"));
		if (!model.containsAttribute("archive")) {
			model.addAttribute("archive", new ReviewForm());
		}
		return FORM;
	}

	private List<SafeMessagingHints.Hint> hints(ArticleDocument document) {
		return this.hints.check(
				fields(document.title(), document.summary(),
						(document.contentWarning() != null) ? document.contentWarning() : "", document.markdown()),
				"contentWarning");
	}

	private static Map<String, String> fields(String title, String summary, String contentWarning, String markdown) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", title);
		fields.put("summary", summary);
		fields.put("contentWarning", contentWarning);
		fields.put("markdown", markdown);
		return fields;
	}

	private Article find(long id) {
		return this.articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(String.valueOf(id)));
	}

}
