package org.holdfast.article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.holdfast.editorial.EditorDraft;
import org.holdfast.editorial.EditorInput;

import org.springframework.validation.Errors;

/**
 * The article editor's form: every field as typed, so that bad input comes back exactly
 * as it was written, with a message beside each problem.
 */
class ArticleDraft extends EditorDraft {

	static final int MAX_TITLE = 200;

	static final int MAX_SUMMARY = 300;

	static final int MAX_WARNING = 300;

	static final int MAX_MARKDOWN = 60_000;

	private String contentWarning = "";

	private String audience = "";

	private String reviewedOn = "";

	private List<String> topics = new ArrayList<>();

	private List<String> contributors = new ArrayList<>();

	private String markdown = "";

	static ArticleDraft of(ArticleDocument document, int basedOn) {
		ArticleDraft draft = new ArticleDraft();
		draft.opened(document.title(), document.slug(), document.summary(), basedOn);
		draft.contentWarning = (document.contentWarning() != null) ? document.contentWarning() : "";
		draft.audience = (document.audience() != null) ? document.audience().name() : "";
		draft.reviewedOn = (document.reviewedOn() != null) ? document.reviewedOn().toString() : "";
		draft.topics = new ArrayList<>(document.topics());
		draft.contributors = new ArrayList<>(document.contributors());
		draft.markdown = document.markdown();
		return draft;
	}

	/**
	 * Checks every field, rejecting into {@code errors}; the slug is made from the title
	 * if blank.
	 */
	void validate(Errors errors, Set<String> knownTopics, Set<String> knownContributors, LocalDate today) {
		tidy();
		this.contentWarning = this.contentWarning.strip();
		EditorInput.check(errors, "title", getTitle(), MAX_TITLE, "editor.title.required", false);
		EditorInput.check(errors, "summary", getSummary(), MAX_SUMMARY, "editor.summary.required", false);
		EditorInput.check(errors, "contentWarning", this.contentWarning, MAX_WARNING, null, false);
		EditorInput.checkSlug(errors, "slug", getSlug());
		EditorInput.check(errors, "markdown", this.markdown.isBlank() ? "" : this.markdown, MAX_MARKDOWN,
				"editor.markdown.required", true);
		if (!this.audience.isEmpty() && audience() == null) {
			errors.rejectValue("audience", "editor.audience.invalid");
		}
		if (!this.reviewedOn.isBlank()) {
			LocalDate date = reviewedDate();
			if (date == null) {
				errors.rejectValue("reviewedOn", "editor.reviewed.invalid");
			}
			else if (date.isAfter(today)) {
				errors.rejectValue("reviewedOn", "editor.reviewed.future");
			}
		}
		if (!knownTopics.containsAll(this.topics)) {
			errors.rejectValue("topics", "editor.topics.unknown");
		}
		if (this.contributors.isEmpty()) {
			errors.rejectValue("contributors", "editor.contributors.required");
		}
		else if (!knownContributors.containsAll(this.contributors)) {
			errors.rejectValue("contributors", "editor.contributors.unknown");
		}
	}

	/** The form as a revision's document; call after {@link #validate} found nothing. */
	ArticleDocument document() {
		return new ArticleDocument(getTitle(), getSlug(), getSummary(),
				this.contentWarning.isEmpty() ? null : this.contentWarning, audience(), reviewedDate(), this.topics,
				this.contributors, this.markdown.replace("\r\n", "\n"));
	}

	private Article.@Nullable Audience audience() {
		for (Article.Audience value : Article.Audience.values()) {
			if (value.name().equals(this.audience)) {
				return value;
			}
		}
		return null;
	}

	private @Nullable LocalDate reviewedDate() {
		try {
			return this.reviewedOn.isBlank() ? null : LocalDate.parse(this.reviewedOn.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	public String getContentWarning() {
		return this.contentWarning;
	}

	public void setContentWarning(String contentWarning) {
		this.contentWarning = contentWarning;
	}

	public String getAudience() {
		return this.audience;
	}

	public void setAudience(String audience) {
		this.audience = audience;
	}

	public String getReviewedOn() {
		return this.reviewedOn;
	}

	public void setReviewedOn(String reviewedOn) {
		this.reviewedOn = reviewedOn;
	}

	public List<String> getTopics() {
		return this.topics;
	}

	public void setTopics(List<String> topics) {
		this.topics = topics;
	}

	public List<String> getContributors() {
		return this.contributors;
	}

	public void setContributors(List<String> contributors) {
		this.contributors = contributors;
	}

	public String getMarkdown() {
		return this.markdown;
	}

	public void setMarkdown(String markdown) {
		this.markdown = markdown;
	}

}
