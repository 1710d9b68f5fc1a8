package org.holdfast.path;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.holdfast.markdown.SafeHtml;

/**
 * One step of a path. Its key stays the same however the path is edited, so progress and
 * reflections, which point at the step, survive reordering; a removed step is retired,
 * never deleted.
 */
@Entity
@Table(name = "path_step")
public class PathStep {

	/** What the person does at a step. */
	public enum Kind {

		READ, REFLECT, PRACTICE, CHECK_IN

	}

	/** A line shown a given number of seconds into a timed practice. */
	public record TimerPrompt(int at, String text) {

		/** The time as minutes and seconds, such as "1:05". */
		public String clock() {
			return (this.at / 60) + ":" + String.format("%02d", this.at % 60);
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "path_id")
	private @Nullable Path path;

	private String key;

	private int position;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String title;

	private int minutes;

	private String markdown;

	private String html;

	private @Nullable String prompt;

	private @Nullable String checklist;

	private @Nullable Integer timerSeconds;

	private @Nullable String timerPrompts;

	private @Nullable Instant retiredAt;

	protected PathStep() {
		this.key = "";
		this.kind = Kind.READ;
		this.title = "";
		this.markdown = "";
		this.html = "";
	}

	PathStep(Path path, String key) {
		this();
		this.path = path;
		this.key = key;
	}

	/** Sets everything an editor writes; the Markdown comes with its rendering. */
	void write(int position, Kind kind, String title, int minutes, String markdown, SafeHtml html,
			@Nullable String prompt, List<String> checklist, @Nullable Integer timerSeconds,
			List<TimerPrompt> timerPrompts) {
		this.position = position;
		this.kind = kind;
		this.title = title;
		this.minutes = minutes;
		this.markdown = markdown;
		this.html = html.html();
		this.prompt = prompt;
		this.checklist = checklist.isEmpty() ? null : String.join("\n", checklist);
		this.timerSeconds = timerSeconds;
		this.timerPrompts = timerPrompts.isEmpty() ? null
				: String.join("\n", timerPrompts.stream().map((p) -> p.at() + "\t" + p.text()).toList());
		this.retiredAt = null;
	}

	/**
	 * Takes the step out of the path: it stops counting, but what points at it stays.
	 * @param position the position of the step that followed it, where anyone on it goes
	 */
	void retire(int position, Instant now) {
		this.position = position;
		this.retiredAt = now;
	}

	public long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Not saved yet");
		}
		return this.id;
	}

	public String getKey() {
		return this.key;
	}

	public int getPosition() {
		return this.position;
	}

	public Kind getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public int getMinutes() {
		return this.minutes;
	}

	String getMarkdown() {
		return this.markdown;
	}

	public SafeHtml getHtml() {
		return SafeHtml.stored(this.html);
	}

	public @Nullable String getPrompt() {
		return this.prompt;
	}

	public List<String> getChecklist() {
		return (this.checklist == null) ? List.of() : this.checklist.lines().toList();
	}

	public @Nullable Integer getTimerSeconds() {
		return this.timerSeconds;
	}

	public List<TimerPrompt> getTimerPrompts() {
		if (this.timerPrompts == null) {
			return List.of();
		}
		return this.timerPrompts.lines().map((line) -> {
			int tab = line.indexOf('\t');
			return new TimerPrompt(Integer.parseInt(line.substring(0, tab)), line.substring(tab + 1));
		}).toList();
	}

	public boolean isRetired() {
		return this.retiredAt != null;
	}

	public boolean isTimed() {
		return this.timerSeconds != null;
	}

}
