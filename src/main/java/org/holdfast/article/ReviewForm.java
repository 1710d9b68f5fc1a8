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
		String text = this.note.strip();
		if (required && text.isEmpty()) {
			errors.rejectValue("note", "editor.note.required");
		}
		else if (text.length() > Editorial.MAX_NOTE) {
			errors.rejectValue("note", "editor.too-long", new Object[] { Editorial.MAX_NOTE }, null);
		}
		else if (text.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			errors.rejectValue("note", "editor.control");
		}
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
