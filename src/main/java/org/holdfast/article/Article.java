package org.holdfast.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

import org.holdfast.editorial.EditorialRefusal;

/**
 * An article in the library. Its Markdown is rendered once, when it changes, and the
 * sanitised HTML kept beside it, so reading never re-renders.
 */
@Entity
@Table(name = "article")
public class Article {

	/** Where an article is in the editorial workflow. Only published ones are shown. */
	public enum State {

		DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED

	}

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

	@Enumerated(EnumType.STRING)
	private State state;

	private @Nullable LocalDate reviewedOn;

	private Instant createdAt;

	private Instant updatedAt;

	/** The newest revision an editor saved. */
	private int latestRevision;

	/** The revision waiting for a second editor's approval, if any. */
	private @Nullable Integer submittedRevision;

	/** The revision the public sees (or saw, if archived), if it was ever published. */
	private @Nullable Integer publishedRevision;

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
		this.state = State.DRAFT;
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
		this.latestRevision = 1;
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

	/**
	 * Publishes revision 1 as it stands, without review: only for the starter content
	 * that ships with Holdfast, which was reviewed before release.
	 */
	void publishStarter(Instant now) {
		if (this.state != State.DRAFT || this.latestRevision != 1) {
			throw new IllegalStateException("Only a new article can be published without review");
		}
		this.state = State.PUBLISHED;
		this.publishedRevision = 1;
		this.updatedAt = now;
	}

	/**
	 * Makes room for a new revision and returns its number. A revision sent for review is
	 * withdrawn: the new text needs reading too.
	 */
	int revise() {
		if (this.state == State.ARCHIVED) {
			throw new EditorialRefusal("editor.refused.archived");
		}
		withdraw();
		this.latestRevision++;
		return this.latestRevision;
	}

	/** Sends the newest revision for review. */
	void submit(int revision) {
		if (this.state == State.ARCHIVED) {
			throw new EditorialRefusal("editor.refused.archived");
		}
		if (revision != this.latestRevision) {
			throw new EditorialRefusal("editor.refused.changed");
		}
		if (this.submittedRevision != null) {
			throw new EditorialRefusal("editor.refused.already-submitted");
		}
		if (Integer.valueOf(revision).equals(this.publishedRevision)) {
			throw new EditorialRefusal("editor.refused.nothing-to-review");
		}
		this.submittedRevision = revision;
		if (this.state == State.DRAFT) {
			this.state = State.IN_REVIEW;
		}
	}

	/** Sends the revision under review back to its writers. */
	void sendBack(int revision) {
		if (this.submittedRevision == null || this.submittedRevision != revision) {
			throw new EditorialRefusal("editor.refused.changed");
		}
		withdraw();
	}

	/**
	 * Marks the revision under review as published. The caller has already written its
	 * content into the article.
	 */
	void approve(int revision, Instant now) {
		if (this.submittedRevision == null || this.submittedRevision != revision || revision != this.latestRevision) {
			throw new EditorialRefusal("editor.refused.changed");
		}
		this.submittedRevision = null;
		this.publishedRevision = revision;
		this.state = State.PUBLISHED;
		this.updatedAt = now;
	}

	/** Takes the article off the site, and out of review. */
	void archive() {
		if (this.state == State.ARCHIVED) {
			throw new EditorialRefusal("editor.refused.archived");
		}
		this.submittedRevision = null;
		this.state = State.ARCHIVED;
	}

	/**
	 * Brings an archived article back as a draft: it goes back on the site only after
	 * review.
	 */
	void unarchive() {
		if (this.state != State.ARCHIVED) {
			throw new EditorialRefusal("editor.refused.not-archived");
		}
		this.state = State.DRAFT;
	}

	private void withdraw() {
		this.submittedRevision = null;
		if (this.state == State.IN_REVIEW) {
			this.state = State.DRAFT;
		}
	}

	public long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Not saved yet");
		}
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

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

	public State getState() {
		return this.state;
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
		return this.latestRevision;
	}

	public @Nullable Integer getSubmittedRevision() {
		return this.submittedRevision;
	}

	public @Nullable Integer getPublishedRevision() {
		return this.publishedRevision;
	}

	/** Whether the public can read this article now. */
	public boolean isLive() {
		return this.state == State.PUBLISHED;
	}

	/** Where the article is, for editors: a message key. */
	public String getEditorialStatus() {
		return switch (this.state) {
			case DRAFT -> "editor.status.draft";
			case IN_REVIEW -> "editor.status.in-review";
			case ARCHIVED -> "editor.status.archived";
			case PUBLISHED -> (this.submittedRevision != null) ? "editor.status.published-in-review"
					: (this.latestRevision != this.publishedRevision) ? "editor.status.published-draft"
							: "editor.status.published";
		};
	}

}
