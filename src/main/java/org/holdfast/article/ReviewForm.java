package org.holdfast.article;

import org.holdfast.editorial.Editorial;

import org.springframework.validation.Errors;

/**
 * A reviewer's decision on one revision (approving a revision that changed since it was
 * read is refused), or the note with sending back or archiving.
 */
class ReviewForm {

	private int revision;

	private String note = "";

	void validateNote(Errors errors, boolean required) {
		this.note = this.note.strip();
		EditorInput.check(errors, "note", this.note, Editorial.MAX_NOTE, required ? "editor.note.required" : null,
				true);
	}

	public int getRevision() {
		return this.revision;
	}

	public void setRevision(int revision) {
		this.revision = revision;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
