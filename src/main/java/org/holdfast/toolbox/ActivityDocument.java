package org.holdfast.toolbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonAlias;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.holdfast.editorial.EditorDocument;
import org.holdfast.editorial.EditorInput;
import org.holdfast.editorial.FieldChange;

/**
 * A coping activity as an editor (or a starter file, where the address is called
 * {@code key}) writes it. Stored as JSON in the editorial revision table.
 */
record ActivityDocument(@JsonAlias("key") String slug, String category, String title, String summary, int minutes,
		String body) implements EditorDocument {

	static final String KIND = "activity";

	static final int MAX_TITLE = 120;

	static final int MAX_SUMMARY = 300;

	static final int MAX_BODY = 5000;

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	static ActivityDocument parse(String json) {
		return JSON.readValue(json, ActivityDocument.class);
	}

	@Override
	public String json() {
		return JSON.writeValueAsString(this);
	}

	/**
	 * Activities carry no content warning (they must need none); the editor's shared
	 * preview asks for one.
	 */
	public @Nullable String contentWarning() {
		return null;
	}

	CopingActivity.Category parsedCategory() {
		CopingActivity.Category parsed = CopingActivity.Category
			.fromSlug(this.category.strip().toLowerCase(Locale.ROOT));
		if (parsed == null) {
			throw new IllegalArgumentException("No category " + this.category);
		}
		return parsed;
	}

	/** What changed since an earlier version, field by field. */
	List<FieldChange> changesSince(@Nullable ActivityDocument before) {
		ActivityDocument old = (before != null) ? before : new ActivityDocument("", "", "", "", 0, "");
		List<FieldChange> changes = new ArrayList<>();
		FieldChange.add(changes, "editor.field.title", null, old.title(), this.title);
		FieldChange.add(changes, "editor.field.slug", null, old.slug(), this.slug);
		FieldChange.add(changes, "editor.activity.category", null, old.category(), this.category);
		FieldChange.add(changes, "editor.field.summary", null, old.summary(), this.summary);
		FieldChange.add(changes, "editor.activity.minutes", null, (old.minutes() > 0) ? "" + old.minutes() : "",
				"" + this.minutes);
		FieldChange.add(changes, "editor.activity.body", null, old.body(), this.body);
		return changes;
	}

	/** What is wrong with the document, in plain words; empty if it can be published. */
	@Override
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (!EditorInput.SLUG.matcher(this.slug).matches() || this.slug.length() > EditorInput.MAX_SLUG) {
			problems.add("the address must be lower-case words joined by hyphens");
		}
		if (CopingActivity.Category.fromSlug(this.category) == null) {
			problems.add("no category " + this.category);
		}
		if (this.title.isBlank() || this.title.length() > MAX_TITLE) {
			problems.add("a title of 1 to " + MAX_TITLE + " characters is needed");
		}
		if (this.summary.isBlank() || this.summary.length() > MAX_SUMMARY) {
			problems.add("a summary of 1 to " + MAX_SUMMARY + " characters is needed");
		}
		if (this.minutes < 1 || this.minutes > 60) {
			problems.add("1 to 60 minutes");
		}
		if (this.body.isBlank() || this.body.length() > MAX_BODY) {
			problems.add("the text must be 1 to " + MAX_BODY + " characters");
		}
		return problems;
	}

}
