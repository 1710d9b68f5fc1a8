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

import org.holdfast.markdown.Markdown;
import org.holdfast.account.SignedInMember;
import org.holdfast.editorial.ContentEditing;
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
 * The article editor: write and preview with safe-messaging hints beside the text, save
 * revisions, send them for review, and (for a second editor) approve or send back; the
 * history of every revision with diffs, restore, archive. Only editors who have passed
 * two-step sign-in reach it (the security configuration guards {@code /editor/**}).
 */
@Controller
@RequestMapping("/editor/articles")
class ArticleEditorController extends EditorialPages<Article> {

	static final String FORM = "editor/article";

	private final ArticleRepository articles;

	private final ArticleEditing editing;

	private final SafeMessagingHints hints;

	private final Markdown markdown;

	private final java.time.Clock clock;

	ArticleEditorController(ArticleRepository articles, ArticleEditing editing, Editorial editorial,
			SafeMessagingHints hints, Markdown markdown, java.time.Clock clock) {
		super(editorial);
		this.articles = articles;
		this.editing = editing;
		this.hints = hints;
		this.markdown = markdown;
		this.clock = clock;
	}

	@GetMapping("/new")
	String create(Model model) {
		ArticleDraft draft = new ArticleDraft();
		draft.setContributors(List.of(StarterContent.CONTRIBUTOR));
		return form(null, draft, model);
	}

	@PostMapping("/new")
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

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Article article = find(id);
		return form(article,
				ArticleDraft.of(this.editing.document(id, article.getLatestRevision()), article.getLatestRevision()),
				model);
	}

	@PostMapping("/{id}")
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

	@Override
	protected String kind() {
		return ArticleDocument.KIND;
	}

	@Override
	protected String base() {
		return "/editor/articles";
	}

	@Override
	protected EditorialSteps steps() {
		return this.editing;
	}

	@Override
	protected Reading read(String document, @Nullable String before) {
		ArticleDocument read = ArticleDocument.parse(document);
		return new Reading(read, read.changesSince((before != null) ? ArticleDocument.parse(before) : null),
				this.markdown.render(read.markdown()).html(), hints(read));
	}

	@Override
	protected String editPage(Article article, Model model) {
		return form(article, ArticleDraft.of(this.editing.document(article.getId(), article.getLatestRevision()),
				article.getLatestRevision()), model);
	}

	private void validate(ArticleDraft draft, BindingResult errors, @Nullable Long id) {
		Set<String> topics = this.editing.allTopics().stream().map(Topic::getSlug).collect(Collectors.toSet());
		Set<String> contributors = this.editing.allContributors()
			.stream()
			.map(Contributor::getSlug)
			.collect(Collectors.toSet());
		draft.validate(errors, topics, contributors, LocalDate.now(this.clock.withZone(ZoneOffset.UTC)));
		if (!errors.hasFieldErrors("slug")
				&& this.editing.slugTaken(draft.getSlug(), (id != null) ? id : ContentEditing.NONE)) {
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

	@Override
	protected Article find(long id) {
		return this.articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(String.valueOf(id)));
	}

}
