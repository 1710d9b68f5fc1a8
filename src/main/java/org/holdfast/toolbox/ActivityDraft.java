package org.holdfast.toolbox;

import java.util.Locale;

import org.holdfast.editorial.EditorDraft;
import org.holdfast.editorial.EditorInput;

import org.springframework.validation.Errors;

/**
 * The activity editor's form, as typed, so bad input comes back exactly as written.
 */
class ActivityDraft extends EditorDraft {

	private String category = "";

	private String minutes = "";

	private String body = "";

	static ActivityDraft of(ActivityDocument document, int basedOn) {
		ActivityDraft draft = new ActivityDraft();
		draft.opened(document.title(), document.slug(), document.summary(), basedOn);
		draft.category = document.category();
		draft.minutes = Integer.toString(document.minutes());
		draft.body = document.body();
		return draft;
	}

	void validate(Errors errors) {
		tidy();
		EditorInput.check(errors, "title", getTitle(), ActivityDocument.MAX_TITLE, "editor.title.required", false);
		EditorInput.checkSlug(errors, "slug", getSlug());
		if (CopingActivity.Category.fromSlug(this.category) == null) {
			errors.rejectValue("category", "editor.activity.category.required");
		}
		EditorInput.check(errors, "summary", getSummary(), ActivityDocument.MAX_SUMMARY, "editor.summary.required",
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
		return new ActivityDocument(getSlug(), this.category, getTitle(), getSummary(), minutesValue(), this.body);
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
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

}
