package org.holdfast.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.holdfast.markdown.Markdown;
import org.holdfast.markdown.SafeHtml;
import org.holdfast.editorial.Edited;
import org.holdfast.editorial.Workflow;

/**
 * An article in the library. Its Markdown is rendered once, when it changes, and the
 * sanitised HTML kept beside it, so reading never re-renders.
 */
@Entity
@Table(name = "article")
public class Article implements Edited {

	/** Who an article is a good first read for, on the library's front page. */
	public enum Audience {

		START_HERE, PARENTS_CARERS_FRIENDS

	}

	static final int WORDS_PER_MINUTE = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String slug;

	private String title;

	private String summary;

	private String markdown;

	private String html;

	private String plainText;

	private String contents;

	private @Nullable String contentWarning;

	@Enumerated(EnumType.STRING)
	private @Nullable Audience audience;

	private int readingMinutes;

	private @Nullable LocalDate reviewedOn;

	private Instant createdAt;

	private Instant updatedAt;

	@Embedded
	private Workflow workflow = new Workflow();

	@ManyToMany
	@JoinTable(name = "article_topic", joinColumns = @JoinColumn(name = "article_id"),
			inverseJoinColumns = @JoinColumn(name = "topic_id"))
	private Set<Topic> topics = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "article_contributor", joinColumns = @JoinColumn(name = "article_id"),
			inverseJoinColumns = @JoinColumn(name = "contributor_id"))
	private Set<Contributor> contributors = new LinkedHashSet<>();

	protected Article() {
		this.slug = "";
		this.title = "";
		this.summary = "";
		this.markdown = "";
		this.html = "";
		this.plainText = "";
		this.contents = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	Article(String slug, String title, String summary, Instant now) {
		this();
		this.slug = slug;
		this.title = title;
		this.summary = summary;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Sets the body: keeps the Markdown and its rendering together. */
	void write(String markdown, Markdown.Rendered rendered, Instant now) {
		this.markdown = markdown;
		this.html = rendered.html().html();
		this.plainText = rendered.text();
		this.contents = rendered.headings()
			.stream()
			.filter((heading) -> heading.level() == 2)
			.map((heading) -> heading.id() + "\t" + heading.text().replace('\n', ' '))
			.collect(java.util.stream.Collectors.joining("\n"));
		int words = rendered.text().isBlank() ? 0 : rendered.text().trim().split("\\s+").length;
		this.readingMinutes = Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
		this.updatedAt = now;
	}

	void describe(@Nullable String contentWarning, @Nullable Audience audience, @Nullable LocalDate reviewedOn) {
		this.contentWarning = contentWarning;
		this.audience = audience;
		this.reviewedOn = reviewedOn;
	}

	void file(Set<Topic> topics, Set<Contributor> contributors) {
		this.topics = new LinkedHashSet<>(topics);
		this.contributors = new LinkedHashSet<>(contributors);
	}

	void retitle(String title, String summary) {
		this.title = title;
		this.summary = summary;
	}

	void rename(String slug) {
		this.slug = slug;
	}

	/** Where the article is in the editorial workflow. */
	@Override
	public Workflow getWorkflow() {
		return this.workflow;
	}

	/** A new revision went on the site: it counts as updated now. */
	void published(Instant now) {
		this.updatedAt = now;
	}

	@Override
	public long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Not saved yet");
		}
		return this.id;
	}

	@Override
	public String getSlug() {
		return this.slug;
	}

	@Override
	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	String getMarkdown() {
		return this.markdown;
	}

	public SafeHtml getHtml() {
		return SafeHtml.stored(this.html);
	}

	/** The article's sections (its h2 headings), for a table of contents. */
	public List<Markdown.Heading> getSections() {
		if (this.contents.isEmpty()) {
			return List.of();
		}
		return this.contents.lines().map((line) -> {
			int tab = line.indexOf('\t');
			return new Markdown.Heading(line.substring(0, tab), line.substring(tab + 1), 2);
		}).toList();
	}

	public @Nullable String getContentWarning() {
		return this.contentWarning;
	}

	public @Nullable Audience getAudience() {
		return this.audience;
	}

	public int getReadingMinutes() {
		return this.readingMinutes;
	}

	@Override
	public Workflow.State getState() {
		return this.workflow.getState();
	}

	public @Nullable LocalDate getReviewedOn() {
		return this.reviewedOn;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/** Topics by name. */
	public List<Topic> getTopics() {
		return this.topics.stream().sorted(Comparator.comparing(Topic::getName)).toList();
	}

	public List<Contributor> getContributors() {
		return List.copyOf(this.contributors);
	}

	public int getLatestRevision() {
		return this.workflow.getLatestRevision();
	}

	public @Nullable Integer getSubmittedRevision() {
		return this.workflow.getSubmittedRevision();
	}

	public @Nullable Integer getPublishedRevision() {
		return this.workflow.getPublishedRevision();
	}

	/** Whether the public can read this article now. */
	public boolean isLive() {
		return this.workflow.isLive();
	}

	/** Where the article is, for editors: a message key. */
	public String getEditorialStatus() {
		return this.workflow.getStatus();
	}

}
