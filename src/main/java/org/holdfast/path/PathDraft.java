package org.holdfast.path;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.holdfast.editorial.EditorDraft;
import org.holdfast.editorial.EditorInput;

import org.springframework.validation.Errors;

/**
 * The path editor's form: the path's details and every step, as typed, so bad input comes
 * back exactly as written. Steps are added, moved and removed on the server (no script
 * needed); each keeps its key, which is what progress points at.
 */
class PathDraft extends EditorDraft {

	/** A timer line: "m:ss what to do". */
	static final Pattern TIMER_LINE = Pattern.compile("(\\d{1,2}):(\\d{2})\\s+(.+)");

	private String audience = "";

	private String contentWarning = "";

	private List<StepDraft> steps = new ArrayList<>();

	/** One step as typed. */
	public static class StepDraft {

		private String key = "";

		private String kind = "READ";

		private String title = "";

		private String minutes = "";

		private String body = "";

		private String prompt = "";

		private String checklist = "";

		private String timerSeconds = "";

		private String timerPrompts = "";

		public String getKey() {
			return this.key;
		}

		public void setKey(String key) {
			this.key = key;
		}

		public String getKind() {
			return this.kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
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

		public String getPrompt() {
			return this.prompt;
		}

		public void setPrompt(String prompt) {
			this.prompt = prompt;
		}

		public String getChecklist() {
			return this.checklist;
		}

		public void setChecklist(String checklist) {
			this.checklist = checklist;
		}

		public String getTimerSeconds() {
			return this.timerSeconds;
		}

		public void setTimerSeconds(String timerSeconds) {
			this.timerSeconds = timerSeconds;
		}

		public String getTimerPrompts() {
			return this.timerPrompts;
		}

		public void setTimerPrompts(String timerPrompts) {
			this.timerPrompts = timerPrompts;
		}

	}

	static PathDraft of(PathDocument document, int basedOn) {
		PathDraft draft = new PathDraft();
		draft.opened(document.title(), document.slug(), document.summary(), basedOn);
		draft.audience = document.audience();
		draft.contentWarning = (document.contentWarning() != null) ? document.contentWarning() : "";
		for (PathDocument.Step step : document.steps()) {
			StepDraft s = new StepDraft();
			s.key = step.key();
			s.kind = step.parsedKind().name();
			s.title = step.title();
			s.minutes = String.valueOf(step.minutes());
			s.body = step.body();
			s.prompt = (step.prompt() != null) ? step.prompt() : "";
			s.checklist = String.join("\n", step.checklist());
			if (step.timer() != null) {
				s.timerSeconds = String.valueOf(step.timer().seconds());
				s.timerPrompts = String.join("\n",
						step.timer()
							.prompts()
							.stream()
							.map((p) -> new PathStep.TimerPrompt(p.at(), p.text()).clock() + " " + p.text())
							.toList());
			}
			draft.steps.add(s);
		}
		return draft;
	}

	/**
	 * Carries out a step operation ("add", "up:2", "down:2", "remove:2", counting from
	 * 0); returns false if there was none to do.
	 */
	boolean operate(String op) {
		if (op.equals("add")) {
			this.steps.add(new StepDraft());
			return true;
		}
		String[] parts = op.split(":");
		if (parts.length != 2) {
			return false;
		}
		int index;
		try {
			index = Integer.parseInt(parts[1]);
		}
		catch (NumberFormatException ex) {
			return false;
		}
		if (index < 0 || index >= this.steps.size()) {
			return false;
		}
		switch (parts[0]) {
			case "up" -> {
				if (index > 0) {
					this.steps.add(index - 1, this.steps.remove(index));
				}
			}
			case "down" -> {
				if (index < this.steps.size() - 1) {
					this.steps.add(index + 1, this.steps.remove(index));
				}
			}
			case "remove" -> this.steps.remove(index);
			default -> {
				return false;
			}
		}
		return true;
	}

	/**
	 * Checks everything, rejecting into {@code errors}; new steps get keys from their
	 * titles.
	 */
	void validate(Errors errors) {
		tidy();
		this.audience = this.audience.strip();
		this.contentWarning = this.contentWarning.strip();
		EditorInput.check(errors, "title", getTitle(), 200, "editor.title.required", false);
		EditorInput.check(errors, "summary", getSummary(), 300, "editor.summary.required", false);
		EditorInput.check(errors, "audience", this.audience, 200, "editor.path.audience.required", false);
		EditorInput.check(errors, "contentWarning", this.contentWarning, 300, null, false);
		EditorInput.checkSlug(errors, "slug", getSlug());
		if (this.steps.isEmpty()) {
			errors.reject("editor.path.no-steps");
		}
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < this.steps.size(); i++) {
			StepDraft step = this.steps.get(i);
			String at = "steps[" + i + "].";
			step.title = step.title.strip();
			if (step.key.isBlank()) {
				String made = EditorInput.slugFor(step.title, 60);
				String base = made.isEmpty() ? "step" : made;
				String key = base;
				for (int n = 2; keys.contains(key) || this.steps.stream().anyMatch(keyed(key)); n++) {
					key = base + "-" + n;
				}
				step.key = key;
			}
			if (!EditorInput.SLUG.matcher(step.key).matches() || !keys.add(step.key)) {
				errors.rejectValue(at + "title", "editor.path.step.key");
			}
			EditorInput.check(errors, at + "title", step.title, 200, "editor.path.step.title.required", false);
			PathStep.Kind kind = kind(step.kind);
			if (kind == null) {
				errors.rejectValue(at + "kind", "editor.path.step.kind");
			}
			Integer minutes = number(step.minutes);
			if (minutes == null || minutes < 1 || minutes > 120) {
				errors.rejectValue(at + "minutes", "editor.path.step.minutes.invalid");
			}
			if (step.body.isBlank()) {
				errors.rejectValue(at + "body", "editor.path.step.body.required");
			}
			else if (step.body.length() > 20_000) {
				errors.rejectValue(at + "body", "editor.too-long", new Object[] { 20_000 }, null);
			}
			if (kind == PathStep.Kind.REFLECT) {
				EditorInput.check(errors, at + "prompt", step.prompt.strip(), 500, "editor.path.step.prompt.required",
						false);
			}
			if (kind == PathStep.Kind.PRACTICE) {
				boolean timed = !step.timerSeconds.isBlank() || !step.timerPrompts.isBlank();
				if (timed == !lines(step.checklist).isEmpty()) {
					errors.rejectValue(at + "checklist", "editor.path.step.practice");
				}
				else if (timed) {
					checkTimer(errors, at, step);
				}
			}
		}
	}

	private static java.util.function.Predicate<StepDraft> keyed(String key) {
		return (step) -> step.key.equals(key);
	}

	private static void checkTimer(Errors errors, String at, StepDraft step) {
		Integer seconds = number(step.timerSeconds);
		if (seconds == null || seconds < 10 || seconds > 3600) {
			errors.rejectValue(at + "timerSeconds", "editor.path.step.timer.seconds");
			return;
		}
		List<String> lines = lines(step.timerPrompts);
		int last = -1;
		for (int n = 0; n < lines.size(); n++) {
			Matcher line = TIMER_LINE.matcher(lines.get(n));
			int atSecond = line.matches() ? Integer.parseInt(line.group(1)) * 60 + Integer.parseInt(line.group(2)) : -1;
			if (!line.matches() || atSecond <= last || atSecond >= seconds || (n == 0 && atSecond != 0)) {
				errors.rejectValue(at + "timerPrompts", "editor.path.step.timer.line", new Object[] { n + 1 }, null);
				return;
			}
			last = atSecond;
		}
		if (lines.isEmpty()) {
			errors.rejectValue(at + "timerPrompts", "editor.path.step.timer.line", new Object[] { 1 }, null);
		}
	}

	/** The form as a path document; call after {@link #validate} found nothing. */
	PathDocument document() {
		List<PathDocument.Step> documented = new ArrayList<>();
		for (StepDraft step : this.steps) {
			PathStep.Kind kind = kind(step.kind);
			boolean practice = kind == PathStep.Kind.PRACTICE;
			boolean timed = practice && !step.timerSeconds.isBlank();
			PathDocument.Timer timer = null;
			if (timed) {
				List<PathDocument.Prompt> prompts = new ArrayList<>();
				for (String line : lines(step.timerPrompts)) {
					Matcher m = TIMER_LINE.matcher(line);
					if (m.matches()) {
						prompts.add(new PathDocument.Prompt((int) Duration.ofMinutes(Long.parseLong(m.group(1)))
							.plusSeconds(Long.parseLong(m.group(2)))
							.toSeconds(), m.group(3).strip()));
					}
				}
				timer = new PathDocument.Timer(Integer.parseInt(step.timerSeconds.strip()), prompts);
			}
			documented.add(new PathDocument.Step(step.key, (kind != null) ? kind.name() : step.kind, step.title,
					Integer.parseInt(step.minutes.strip()), step.body.replace("\r\n", "\n"),
					(kind == PathStep.Kind.REFLECT) ? step.prompt.strip() : null,
					(practice && !timed) ? lines(step.checklist) : List.of(), timer));
		}
		return new PathDocument(getSlug(), getTitle(), getSummary(), this.audience,
				this.contentWarning.isEmpty() ? null : this.contentWarning, documented);
	}

	private static List<String> lines(String text) {
		return text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	private static @Nullable Integer number(String text) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static PathStep.@Nullable Kind kind(String kind) {
		for (PathStep.Kind value : PathStep.Kind.values()) {
			if (value.name().equals(kind)) {
				return value;
			}
		}
		return null;
	}

	public String getAudience() {
		return this.audience;
	}

	public void setAudience(String audience) {
		this.audience = audience;
	}

	public String getContentWarning() {
		return this.contentWarning;
	}

	public void setContentWarning(String contentWarning) {
		this.contentWarning = contentWarning;
	}

	public List<StepDraft> getSteps() {
		return this.steps;
	}

	public void setSteps(List<StepDraft> steps) {
		this.steps = steps;
	}

}
