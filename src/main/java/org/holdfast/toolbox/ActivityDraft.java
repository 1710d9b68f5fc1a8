package org.holdfast.toolbox;

import java.util.Locale;

import org.holdfast.editorial.EditorInput;

import org.springframework.validation.Errors;

/**
 * The activity editor's form, as typed, so bad input comes back exactly as written.
 */
class ActivityDraft {

	private String title = "";

	private String slug = "";

	private String category = "";

	private String summary = "";

	private String minutes = "";

	private String body = "";

	private int basedOn;

	static ActivityDraft of(ActivityDocument document, int basedOn) {
		ActivityDraft draft = new ActivityDraft();
		draft.title = document.title();
		draft.slug = document.slug();
		draft.category = document.category();
		draft.summary = document.summary();
		draft.minutes = Integer.toString(document.minutes());
		draft.body = document.body();
		draft.basedOn = basedOn;
		return draft;
	}

	void validate(Errors errors) {
		this.title = this.title.strip();
		this.summary = this.summary.strip();
		this.slug = this.slug.strip().toLowerCase(Locale.ROOT);
		if (this.slug.isEmpty()) {
			this.slug = EditorInput.slugFor(this.title, EditorInput.MAX_SLUG);
		}
		EditorInput.check(errors, "title", this.title, ActivityDocument.MAX_TITLE, "editor.title.required", false);
		EditorInput.checkSlug(errors, "slug", this.slug);
		if (CopingActivity.Category.fromSlug(this.category) == null) {
			errors.rejectValue("category", "editor.activity.category.required");
		}
		EditorInput.check(errors, "summary", this.summary, ActivityDocument.MAX_SUMMARY, "editor.summary.required",
				false);
		if (minutesValue() == 0) {
			errors.rejectValue("minutes", "editor.activity.minutes.invalid");
		}
		EditorInput.check(errors, "body", this.body.isBlank() ? "" : this.body, ActivityDocument.MAX_BODY,
				"editor.markdown.required", true);
	}

	/** The minutes as a number from 1 to 60, or 0 if it is not one. */
	private int minutesValue() {
		String typed = this.minutes.strip();
		if (!typed.matches("\\d{1,2}")) {
			return 0;
		}
		int value = Integer.parseInt(typed);
		return (value >= 1 && value <= 60) ? value : 0;
	}

	/** The form as a revision's document; call after {@link #validate} found nothing. */
	ActivityDocument document() {
		return new ActivityDocument(this.slug, this.category, this.title, this.summary, minutesValue(), this.body);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getMinutes() {
		return this.minutes;
	}

	public void setMinutes(String minutes) {
		this.minutes = minutes;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public int getBasedOn() {
		return this.basedOn;
	}

	public void setBasedOn(int basedOn) {
		this.basedOn = basedOn;
	}

}
