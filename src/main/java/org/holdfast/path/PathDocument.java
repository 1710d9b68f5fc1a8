package org.holdfast.path;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.holdfast.editorial.EditorDocument;
import org.holdfast.editorial.FieldChange;

/**
 * A path as an editor (or a starter file) writes it: its details and its steps in order,
 * each with a stable key. Stored as JSON in the editorial revision table, and applied to
 * the path by {@link PathPublisher}.
 */
record PathDocument(String slug, String title, String summary, String audience, @Nullable String contentWarning,
		List<Step> steps) implements EditorDocument {

	static final String KIND = "path";

	static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	PathDocument {
		steps = (steps != null) ? List.copyOf(steps) : List.of();
	}

	/** One step: {@code kind} is read, reflect, practice or check-in. */
	record Step(String key, String kind, String title, int minutes, String body, @Nullable String prompt,
			List<String> checklist, @Nullable Timer timer) {

		Step {
			checklist = (checklist != null) ? List.copyOf(checklist) : List.of();
		}

		/** The step as text, for diffs. */
		String text() {
			StringBuilder text = new StringBuilder();
			text.append(this.kind).append(" · ").append(this.title).append(" · ").append(this.minutes).append('\n');
			text.append(this.body.strip()).append('\n');
			if (this.prompt != null) {
				text.append("? ").append(this.prompt).append('\n');
			}
			this.checklist.forEach((item) -> text.append("- ").append(item).append('\n'));
			if (this.timer != null) {
				text.append(this.timer.seconds()).append(" s\n");
				this.timer.prompts().forEach((p) -> text.append(p.at()).append(" s: ").append(p.text()).append('\n'));
			}
			return text.toString();
		}

		PathStep.Kind parsedKind() {
			return PathStep.Kind.valueOf(this.kind.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}

	}

	/** A timed practice: its length and what to show as time passes. */
	record Timer(int seconds, List<Prompt> prompts) {

		Timer {
			prompts = (prompts != null) ? List.copyOf(prompts) : List.of();
		}

	}

	record Prompt(int at, String text) {
	}

	static PathDocument parse(String json) {
		return JSON.readValue(json, PathDocument.class);
	}

	@Override
	public String json() {
		return JSON.writeValueAsString(this);
	}

	/**
	 * What changed since an earlier version: the details field by field, the order of the
	 * steps, then each step (matched by key) as text.
	 */
	List<FieldChange> changesSince(@Nullable PathDocument before) {
		PathDocument old = (before != null) ? before : new PathDocument("", "", "", "", null, List.of());
		List<FieldChange> changes = new ArrayList<>();
		FieldChange.add(changes, "editor.field.title", null, old.title(), this.title);
		FieldChange.add(changes, "editor.field.slug", null, old.slug(), this.slug);
		FieldChange.add(changes, "editor.field.summary", null, old.summary(), this.summary);
		FieldChange.add(changes, "editor.path.audience", null, old.audience(), this.audience);
		FieldChange.add(changes, "editor.field.content-warning", null, Objects.toString(old.contentWarning(), ""),
				Objects.toString(this.contentWarning, ""));
		FieldChange.add(changes, "editor.path.order", null, order(old), order(this));
		Map<String, Step> oldSteps = new LinkedHashMap<>();
		old.steps().forEach((step) -> oldSteps.put(step.key(), step));
		for (Step step : this.steps) {
			Step was = oldSteps.remove(step.key());
			FieldChange.add(changes, "editor.path.step", step.title(), (was != null) ? was.text() : "", step.text());
		}
		oldSteps.values()
			.forEach((removed) -> FieldChange.add(changes, "editor.path.step", removed.title(), removed.text(), ""));
		return changes;
	}

	private static String order(PathDocument document) {
		return String.join("\n", document.steps().stream().map(Step::title).toList());
	}

	/** What is wrong with the document, in plain words; empty if it can be published. */
	@Override
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (this.steps.isEmpty()) {
			problems.add("a path needs at least one step");
		}
		Set<String> keys = new HashSet<>();
		for (Step step : this.steps) {
			String where = "step " + step.key() + ": ";
			if (!KEY.matcher(step.key()).matches() || !keys.add(step.key())) {
				problems.add(where + "the key must be unique lower-case words joined by hyphens");
			}
			PathStep.Kind kind;
			try {
				kind = step.parsedKind();
			}
			catch (IllegalArgumentException ex) {
				problems.add(where + "the kind must be read, reflect, practice or check-in");
				continue;
			}
			if (step.title().isBlank() || step.body().isBlank() || step.minutes() < 1 || step.minutes() > 120) {
				problems.add(where + "a title, a body and 1 to 120 minutes are needed");
			}
			if (kind == PathStep.Kind.REFLECT && (step.prompt() == null || step.prompt().isBlank())) {
				problems.add(where + "a reflection needs a prompt");
			}
			if (kind == PathStep.Kind.PRACTICE && step.checklist().isEmpty() == (step.timer() == null)) {
				problems.add(where + "a practice needs a checklist or a timer (one of them)");
			}
			if (step.timer() != null) {
				int last = -1;
				for (Prompt prompt : step.timer().prompts()) {
					if (prompt.at() <= last || prompt.at() >= step.timer().seconds()) {
						problems.add(where + "timer prompts must come in order, inside the timer's length");
					}
					last = prompt.at();
				}
				if (step.timer().prompts().isEmpty() || step.timer().prompts().get(0).at() != 0) {
					problems.add(where + "a timer's first prompt is at 0 seconds");
				}
			}
		}
		return problems;
	}

}
