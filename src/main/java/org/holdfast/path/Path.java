package org.holdfast.path;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.holdfast.editorial.Edited;
import org.holdfast.editorial.Workflow;

/**
 * A growth path: a short guided course of steps. Only published paths are shown. Its
 * steps are kept in order; retired ones stay attached (progress points at them) but are
 * left out of everything a follower sees.
 */
@Entity
@Table(name = "path")
public class Path implements Edited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String slug;

	private String title;

	private String summary;

	private String audience;

	private @Nullable String contentWarning;

	@Embedded
	private Workflow workflow = new Workflow();

	private Instant createdAt;

	private Instant updatedAt;

	@OneToMany(mappedBy = "path", cascade = CascadeType.ALL)
	@OrderBy("position, id")
	private List<PathStep> steps = new ArrayList<>();

	protected Path() {
		this.slug = "";
		this.title = "";
		this.summary = "";
		this.audience = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	Path(String slug, Instant now) {
		this();
		this.slug = slug;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void describe(String title, String summary, String audience, @Nullable String contentWarning, Instant now) {
		this.title = title;
		this.summary = summary;
		this.audience = audience;
		this.contentWarning = contentWarning;
		this.updatedAt = now;
	}

	void rename(String slug) {
		this.slug = slug;
	}

	/** Where the path is in the editorial workflow. */
	@Override
	public Workflow getWorkflow() {
		return this.workflow;
	}

	/** The step with this key, retired or not, or a new one added to the path. */
	PathStep step(String key) {
		for (PathStep step : this.steps) {
			if (step.getKey().equals(key)) {
				return step;
			}
		}
		PathStep step = new PathStep(this, key);
		this.steps.add(step);
		return step;
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

	public String getAudience() {
		return this.audience;
	}

	public @Nullable String getContentWarning() {
		return this.contentWarning;
	}

	@Override
	public Workflow.State getState() {
		return this.workflow.getState();
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/** The steps a follower sees, in order (retired ones left out). */
	public List<PathStep> getSteps() {
		return this.steps.stream()
			.filter((step) -> !step.isRetired())
			.sorted(java.util.Comparator.comparingInt(PathStep::getPosition))
			.toList();
	}

	/** Every step ever in the path, retired ones too. */
	List<PathStep> allSteps() {
		return List.copyOf(this.steps);
	}

	/** The step at this place in the path, counting from 1. */
	public Optional<PathStep> step(int number) {
		List<PathStep> shown = getSteps();
		return (number >= 1 && number <= shown.size()) ? Optional.of(shown.get(number - 1)) : Optional.empty();
	}

	/**
	 * Where this step is in the path now, counting from 1, or 0 if it is retired or not
	 * here.
	 */
	public int numberOf(long stepId) {
		List<PathStep> shown = getSteps();
		for (int i = 0; i < shown.size(); i++) {
			if (shown.get(i).getId() == stepId) {
				return i + 1;
			}
		}
		return 0;
	}

	public int getMinutes() {
		return getSteps().stream().mapToInt(PathStep::getMinutes).sum();
	}

}
