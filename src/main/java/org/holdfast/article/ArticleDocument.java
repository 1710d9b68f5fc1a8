package org.holdfast.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.holdfast.editorial.EditorDocument;
import org.holdfast.editorial.FieldChange;

/**
 * An article's fields as one revision holds them: what an editor wrote, before it is
 * rendered. Stored as JSON in the editorial revision table.
 */
record ArticleDocument(String title, String slug, String summary, @Nullable String contentWarning,
		Article.@Nullable Audience audience, @Nullable LocalDate reviewedOn, List<String> topics,
		List<String> contributors, String markdown) implements EditorDocument {

	static final String KIND = "article";

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	ArticleDocument {
		topics = (topics != null) ? topics.stream().sorted().distinct().toList() : List.of();
		contributors = (contributors != null) ? contributors.stream().sorted().distinct().toList() : List.of();
	}

	/** The article as it stands. */
	static ArticleDocument of(Article article) {
		return new ArticleDocument(article.getTitle(), article.getSlug(), article.getSummary(),
				article.getContentWarning(), article.getAudience(), article.getReviewedOn(),
				article.getTopics().stream().map(Topic::getSlug).toList(),
				article.getContributors().stream().map(Contributor::getSlug).toList(), article.getMarkdown());
	}

	static ArticleDocument parse(String json) {
		return JSON.readValue(json, ArticleDocument.class);
	}

	@Override
	public String json() {
		return JSON.writeValueAsString(this);
	}

	/**
	 * What differs from an earlier version, field by field, in the order the form shows
	 * them: a label key and the line diff of that field.
	 */
	List<FieldChange> changesSince(@Nullable ArticleDocument before) {
		ArticleDocument old = (before != null) ? before
				: new ArticleDocument("", "", "", null, null, null, List.of(), List.of(), "");
		List<FieldChange> changes = new ArrayList<>();
		change(changes, "editor.field.title", old.title(), this.title());
		change(changes, "editor.field.slug", old.slug(), this.slug());
		change(changes, "editor.field.summary", old.summary(), this.summary());
		change(changes, "editor.field.content-warning", text(old.contentWarning()), text(this.contentWarning()));
		change(changes, "editor.field.audience", text(old.audience()), text(this.audience()));
		change(changes, "editor.field.reviewed", text(old.reviewedOn()), text(this.reviewedOn()));
		change(changes, "editor.field.topics", String.join("\n", old.topics()), String.join("\n", this.topics()));
		change(changes, "editor.field.contributors", String.join("\n", old.contributors()),
				String.join("\n", this.contributors()));
		change(changes, "editor.field.markdown", old.markdown(), this.markdown());
		return changes;
	}

	private static void change(List<FieldChange> changes, String label, String before, String after) {
		FieldChange.add(changes, label, null, before, after);
	}

	private static String text(@Nullable Object value) {
		return Objects.toString(value, "");
	}

}
