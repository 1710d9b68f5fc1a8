package org.holdfast.editorial;

import java.util.Locale;

/**
 * The fields every editor's form has, whatever the content: a title, an address (made
 * from the title if left empty), a summary, and the revision the editor started from, so
 * that saving over someone else's newer revision is noticed. Each kind's form extends it
 * with its own fields and checks.
 */
public abstract class EditorDraft {

	private String title = "";

	private String slug = "";

	private String summary = "";

	/** The revision this form was opened from (0 for new content). */
	private int basedOn;

	/** Fills the shared fields from a revision, opened as the form's starting point. */
	protected void opened(String title, String slug, String summary, int basedOn) {
		this.title = title;
		this.slug = slug;
		this.summary = summary;
		this.basedOn = basedOn;
	}

	/**
	 * Tidies the shared fields before they are checked: spaces off the ends, the address
	 * in lower case, or made from the title when left empty.
	 */
	protected void tidy() {
		this.title = this.title.strip();
		this.summary = this.summary.strip();
		this.slug = this.slug.strip().toLowerCase(Locale.ROOT);
		if (this.slug.isEmpty()) {
			this.slug = EditorInput.slugFor(this.title, EditorInput.MAX_SLUG);
		}
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

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public int getBasedOn() {
		return this.basedOn;
	}

	public void setBasedOn(int basedOn) {
		this.basedOn = basedOn;
	}

}
