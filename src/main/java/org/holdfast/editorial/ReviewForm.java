package org.holdfast.editorial;

import org.holdfast.system.TextInput;
import org.springframework.validation.Errors;

/**
 * A reviewer's decision on one revision (approving a revision that changed since it was
 * read is refused), or the note that goes with sending back or archiving.
 */
public class ReviewForm {

	private int revision;

	private String note = "";

	/**
	 * The note is required, at most {@link Editorial#MAX_NOTE} characters, and typeable.
	 */
	public void validateNote(Errors errors) {
		this.note = this.note.strip();
		if (this.note.isEmpty()) {
			errors.rejectValue("note", "editor.note.required");
		}
		else if (this.note.length() > Editorial.MAX_NOTE) {
			errors.rejectValue("note", "editor.too-long", new Object[] { Editorial.MAX_NOTE }, null);
		}
		else if (TextInput.hasControlCharacters(this.note)) {
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
