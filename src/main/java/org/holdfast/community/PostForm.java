package org.holdfast.community;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * A thread, reply or change to a post as the writer typed it. {@code step} carries what
 * the writer already chose on the way: {@code posting-anyway} after seeing their crisis
 * lines, {@code ask-moderator} when they think a check got it wrong and want a person to
 * look.
 */
class PostForm {

	static final int MAX_TITLE = 150;

	static final int MAX_BODY = 10_000;

	static final int MAX_WARNING = 100;

	static final String POSTING_ANYWAY = "posting-anyway";

	static final String ASK_MODERATOR = "ask-moderator";

	private String title = "";

	private String body = "";

	private String contentWarning = "";

	private String step = "";

	public String getTitle() {
		return this.title;
	}

	public void setTitle(@Nullable String title) {
		this.title = (title != null) ? title : "";
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(@Nullable String body) {
		this.body = (body != null) ? body : "";
	}

	public String getContentWarning() {
		return this.contentWarning;
	}

	public void setContentWarning(@Nullable String contentWarning) {
		this.contentWarning = (contentWarning != null) ? contentWarning : "";
	}

	public String getStep() {
		return this.step;
	}

	public void setStep(@Nullable String step) {
		this.step = (step != null) ? step : "";
	}

	boolean postingAnyway() {
		return POSTING_ANYWAY.equals(this.step);
	}

	/** The writer chose to go back to the form from their crisis lines. */
	boolean editing() {
		return "edit".equals(this.step);
	}

	boolean askingModerator() {
		return ASK_MODERATOR.equals(this.step);
	}

	String cleanTitle() {
		return this.title.strip().replaceAll("\\s+", " ");
	}

	String cleanBody() {
		return this.body.strip();
	}

	@Nullable String cleanWarning() {
		String warning = this.contentWarning.strip().replaceAll("\\s+", " ");
		return warning.isEmpty() ? null : warning;
	}

	/** Everything the checks read: title, warning and body. */
	String screenedText() {
		return cleanTitle() + "\n" + this.contentWarning + "\n" + this.body;
	}

	void validate(Errors errors, boolean thread) {
		if (thread) {
			if (cleanTitle().isEmpty()) {
				errors.rejectValue("title", "community.post.error.title.empty");
			}
			else if (cleanTitle().length() > MAX_TITLE) {
				errors.rejectValue("title", "community.post.error.title.long", new Object[] { MAX_TITLE }, null);
			}
		}
		if (cleanBody().isEmpty()) {
			errors.rejectValue("body", "community.post.error.body.empty");
		}
		else if (cleanBody().length() > MAX_BODY) {
			errors.rejectValue("body", "community.post.error.body.long", new Object[] { MAX_BODY }, null);
		}
		String warning = cleanWarning();
		if (warning != null && warning.length() > MAX_WARNING) {
			errors.rejectValue("contentWarning", "community.post.error.warning.long", new Object[] { MAX_WARNING },
					null);
		}
		// Control characters are refused as the form is bound (system.TextInput).
	}

}
