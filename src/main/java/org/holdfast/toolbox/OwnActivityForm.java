package org.holdfast.toolbox;

import org.jspecify.annotations.Nullable;

import org.holdfast.editorial.EditorInput;

import org.springframework.validation.Errors;

/** A member's own activity as typed: a name and, if they like, a note. */
class OwnActivityForm {

	static final int MAX_TITLE = 120;

	static final int MAX_NOTE = 2000;

	private String title = "";

	private String note = "";

	static OwnActivityForm of(MemberActivities.OwnActivity own) {
		OwnActivityForm form = new OwnActivityForm();
		form.title = own.title();
		form.note = (own.note() != null) ? own.note() : "";
		return form;
	}

	void validate(Errors errors) {
		EditorInput.check(errors, "title", this.title.strip(), MAX_TITLE, "toolbox.own.title.required", false);
		EditorInput.check(errors, "note", this.note, MAX_NOTE, null, true);
	}

	String cleanTitle() {
		return this.title.strip();
	}

	@Nullable String cleanNote() {
		return this.note.isBlank() ? null : this.note.strip();
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
