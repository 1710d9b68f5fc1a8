package org.holdfast.toolbox;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.holdfast.editorial.Edited;
import org.holdfast.editorial.Workflow;
import org.holdfast.markdown.SafeHtml;

/**
 * A shared coping activity: something short and concrete to do when an urge or a hard
 * feeling comes. Only published ones are shown. Written and changed by editors through
 * the same review as articles.
 */
@Entity
@Table(name = "coping_activity")
public class CopingActivity implements Edited {

	/** The kinds of activity, in the order the toolbox shows them. */
	public enum Category {

		BREATHE, GROUND, DISTRACT, COMFORT, EXPRESS, RELEASE;

		/** The category's name in addresses and starter files ("breathe"). */
		public String slug() {
			return name().toLowerCase(Locale.ROOT);
		}

		static @Nullable Category fromSlug(@Nullable String slug) {
			for (Category category : values()) {
				if (category.slug().equals(slug)) {
					return category;
				}
			}
			return null;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String slug;

	@Enumerated(EnumType.STRING)
	private Category category;

	private String title;

	private String summary;

	private int minutes;

	private String markdown;

	private String html;

	@Embedded
	private Workflow workflow = new Workflow();

	private Instant createdAt;

	private Instant updatedAt;

	protected CopingActivity() {
		this.slug = "";
		this.category = Category.DISTRACT;
		this.title = "";
		this.summary = "";
		this.markdown = "";
		this.html = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	CopingActivity(String slug, Instant now) {
		this();
		this.slug = slug;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Writes a published (or first) version of the activity. */
	void write(ActivityDocument document, SafeHtml html, Instant now) {
		this.slug = document.slug();
		this.category = document.parsedCategory();
		this.title = document.title();
		this.summary = document.summary();
		this.minutes = document.minutes();
		this.markdown = document.body();
		this.html = html.html();
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

	public Category getCategory() {
		return this.category;
	}

	public String getSummary() {
		return this.summary;
	}

	public int getMinutes() {
		return this.minutes;
	}

	public SafeHtml getHtml() {
		return SafeHtml.stored(this.html);
	}

	@Override
	public Workflow getWorkflow() {
		return this.workflow;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
