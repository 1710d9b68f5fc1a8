package org.holdfast.journal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.holdfast.crisis.CrisisLanguage;
import org.holdfast.editorial.EditorInput;
import org.holdfast.toolbox.ActivityChoices;

import org.springframework.validation.Errors;

/** A journal entry as typed, so bad input comes back exactly as written. */
class JournalForm {

	static final int MAX_SITUATION = 2000;

	static final int MAX_NOTE = 5000;

	static final int MAX_HELPED = 30;

	private String day = "";

	private String mood = "";

	private String urge = "";

	private String situation = "";

	private String note = "";

	private List<String> helped = new ArrayList<>();

	static JournalForm of(JournalEntry entry) {
		JournalForm form = new JournalForm();
		form.day = entry.day().toString();
		form.mood = (entry.mood() != null) ? entry.mood().toString() : "";
		form.urge = (entry.urge() != null) ? entry.urge().toString() : "";
		form.situation = (entry.situation() != null) ? entry.situation() : "";
		form.note = (entry.note() != null) ? entry.note() : "";
		form.helped = new ArrayList<>(entry.helped());
		return form;
	}

	/**
	 * @param oldest the earliest day an entry can be about (as far back as the history
	 * shows)
	 * @param latest the latest day an entry can be about (a day ahead of the server, for
	 * people east of it)
	 */
	void validate(Errors errors, LocalDate oldest, LocalDate latest) {
		LocalDate date = parsedDay();
		if (date == null) {
			errors.rejectValue("day", "journal.day.invalid");
		}
		else if (date.isAfter(latest)) {
			errors.rejectValue("day", "journal.day.future");
		}
		else if (date.isBefore(oldest)) {
			errors.rejectValue("day", "journal.day.too-old");
		}
		if (!this.mood.isBlank() && moodValue() == null) {
			errors.rejectValue("mood", "journal.mood.invalid");
		}
		if (!this.urge.isBlank() && urgeValue() == null) {
			errors.rejectValue("urge", "journal.urge.invalid");
		}
		if (this.mood.isBlank() && this.urge.isBlank()) {
			errors.rejectValue("mood", "journal.mood-or-urge");
		}
		EditorInput.check(errors, "situation", this.situation, MAX_SITUATION, null, true);
		EditorInput.check(errors, "note", this.note, MAX_NOTE, null, true);
		if (this.helped.size() > MAX_HELPED || this.helped.stream()
			.anyMatch((ref) -> ActivityChoices.shared(ref) == null && ActivityChoices.own(ref) == null)) {
			errors.rejectValue("helped", "journal.helped.invalid");
		}
	}

	boolean soundsLikeCrisis() {
		return CrisisLanguage.soundsLikeCrisis(this.situation) || CrisisLanguage.soundsLikeCrisis(this.note);
	}

	@Nullable LocalDate parsedDay() {
		try {
			return LocalDate.parse(this.day.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	LocalDate date() {
		LocalDate date = parsedDay();
		if (date == null) {
			throw new IllegalStateException("Validate first");
		}
		return date;
	}

	@Nullable Integer moodValue() {
		return number(this.mood, 1, 5);
	}

	@Nullable Integer urgeValue() {
		return number(this.urge, 0, 10);
	}

	@Nullable String cleanSituation() {
		return this.situation.isBlank() ? null : this.situation.strip();
	}

	@Nullable String cleanNote() {
		return this.note.isBlank() ? null : this.note.strip();
	}

	private static @Nullable Integer number(String typed, int min, int max) {
		String value = typed.strip();
		if (!value.matches("\\d{1,2}")) {
			return null;
		}
		int number = Integer.parseInt(value);
		return (number >= min && number <= max) ? number : null;
	}

	public String getDay() {
		return this.day;
	}

	public void setDay(String day) {
		this.day = day;
	}

	public String getMood() {
		return this.mood;
	}

	public void setMood(String mood) {
		this.mood = mood;
	}

	public String getUrge() {
		return this.urge;
	}

	public void setUrge(String urge) {
		this.urge = urge;
	}

	public String getSituation() {
		return this.situation;
	}

	public void setSituation(String situation) {
		this.situation = situation;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public List<String> getHelped() {
		return this.helped;
	}

	public void setHelped(List<String> helped) {
		this.helped = helped;
	}

}
