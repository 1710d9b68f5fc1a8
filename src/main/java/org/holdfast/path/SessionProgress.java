package org.holdfast.path;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

/**
 * An anonymous visitor's progress, kept in their session (and so gone when it ends) until
 * they sign in or sign up, when it moves into their account. Every change is written back
 * to the session, which stores it in PostgreSQL, so any app node can serve the next page.
 */
final class SessionProgress implements ProgressStore, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String ATTRIBUTE = SessionProgress.class.getName();

	/** A place in a path: the step, and when they were on it. */
	record Place(long stepId, Instant at) implements Serializable {
	}

	private final Map<Long, StepProgress> steps = new HashMap<>();

	private final Map<Long, Place> places = new LinkedHashMap<>();

	private final Map<Long, Reflection> reflections = new HashMap<>();

	private transient @Nullable HttpSession session;

	/** The progress kept in this session, or none. */
	static @Nullable SessionProgress in(@Nullable HttpSession session) {
		if (session == null) {
			return null;
		}
		SessionProgress progress = (SessionProgress) session.getAttribute(ATTRIBUTE);
		if (progress != null) {
			progress.session = session;
		}
		return progress;
	}

	/** The progress kept in this session, started if there is none. */
	static SessionProgress of(HttpSession session) {
		SessionProgress progress = in(session);
		if (progress == null) {
			progress = new SessionProgress();
			progress.session = session;
			progress.save();
		}
		return progress;
	}

	private void save() {
		if (this.session != null) {
			this.session.setAttribute(ATTRIBUTE, this);
		}
	}

	Map<Long, StepProgress> steps() {
		return Map.copyOf(this.steps);
	}

	Map<Long, Place> places() {
		return Map.copyOf(this.places);
	}

	boolean isEmpty() {
		return this.steps.isEmpty() && this.places.isEmpty() && this.reflections.isEmpty();
	}

	@Override
	public synchronized Map<Long, StepProgress> progress(Collection<Long> stepIds) {
		Map<Long, StepProgress> found = new HashMap<>();
		for (Long id : stepIds) {
			StepProgress progress = this.steps.get(id);
			if (progress != null) {
				found.put(id, progress);
			}
		}
		return found;
	}

	@Override
	public synchronized @Nullable Long place(long pathId) {
		Place place = this.places.get(pathId);
		return (place != null) ? place.stepId() : null;
	}

	@Override
	public synchronized Set<Long> paths() {
		return Set.copyOf(this.places.keySet());
	}

	@Override
	public synchronized void visit(long pathId, long stepId, Instant now) {
		this.steps.merge(stepId, new StepProgress(now, null), StepProgress::furthest);
		this.places.put(pathId, new Place(stepId, now));
		save();
	}

	@Override
	public synchronized void done(long pathId, long stepId, Instant now) {
		this.steps.merge(stepId, new StepProgress(now, now), StepProgress::furthest);
		this.places.put(pathId, new Place(stepId, now));
		save();
	}

	@Override
	public synchronized void feeling(long pathId, long stepId, int feeling, @Nullable String note, Instant now) {
		StepProgress before = this.steps.get(stepId);
		this.steps.put(stepId, new StepProgress((before != null) ? before.visitedAt() : now,
				(before != null && before.doneAt() != null) ? before.doneAt() : now, feeling, note));
		this.places.put(pathId, new Place(stepId, now));
		save();
	}

	@Override
	public synchronized Optional<Reflection> reflection(long stepId) {
		return Optional.ofNullable(this.reflections.get(stepId));
	}

	@Override
	public synchronized Map<Long, Reflection> reflections() {
		return Map.copyOf(this.reflections);
	}

	@Override
	public synchronized Reflection saveReflection(long pathId, long stepId, String body, int version, Instant now) {
		Reflection before = this.reflections.get(stepId);
		if ((before == null) ? version != 0 : before.version() != version) {
			throw new StaleReflection();
		}
		Reflection saved = new Reflection(body, version + 1, now);
		this.reflections.put(stepId, saved);
		this.places.put(pathId, new Place(stepId, now));
		save();
		return saved;
	}

	@Override
	public synchronized void deleteReflection(long stepId) {
		this.reflections.remove(stepId);
		save();
	}

	/** Forgets everything: it has moved into an account. */
	void clear() {
		if (this.session != null) {
			this.session.removeAttribute(ATTRIBUTE);
		}
	}

}
