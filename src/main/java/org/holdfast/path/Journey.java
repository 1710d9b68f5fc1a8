package org.holdfast.path;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One person's way through one path: each step done, current or to do, and where
 * "continue" goes. The current step is the one they were last on, unless they finished
 * it, then the next one not done after it; if their step was taken out of the path, the
 * one that took its place.
 */
public record Journey(Path path, List<Stop> stops, @Nullable Stop current, int done, boolean started) {

	/** How a step stands for this person. */
	public enum Status {

		DONE, CURRENT, TO_DO

	}

	/** A step, its number in the path (from 1), its status and any progress on it. */
	public record Stop(int number, PathStep step, Status status, @Nullable StepProgress progress) {
	}

	static Journey of(Path path, Map<Long, StepProgress> progress, @Nullable PathStep place) {
		List<PathStep> steps = path.getSteps();
		PathStep current = current(steps, progress, place);
		List<Stop> stops = new ArrayList<>();
		Stop currentStop = null;
		int done = 0;
		for (int i = 0; i < steps.size(); i++) {
			PathStep step = steps.get(i);
			StepProgress mine = progress.get(step.getId());
			Status status = (step == current) ? Status.CURRENT
					: (mine != null && mine.done()) ? Status.DONE : Status.TO_DO;
			if (mine != null && mine.done()) {
				done++;
			}
			Stop stop = new Stop(i + 1, step, status, mine);
			if (step == current) {
				currentStop = stop;
			}
			stops.add(stop);
		}
		return new Journey(path, stops, currentStop, done, place != null || done > 0);
	}

	private static @Nullable PathStep current(List<PathStep> steps, Map<Long, StepProgress> progress,
			@Nullable PathStep place) {
		if (place == null) {
			return firstNotDone(steps, progress, Integer.MIN_VALUE, false);
		}
		if (!place.isRetired() && !isDone(progress, place)) {
			return place;
		}
		PathStep next = firstNotDone(steps, progress, place.getPosition(), place.isRetired());
		return (next != null) ? next : firstNotDone(steps, progress, Integer.MIN_VALUE, false);
	}

	/**
	 * The first step not done after this position (or at it, for a retired step's place).
	 */
	private static @Nullable PathStep firstNotDone(List<PathStep> steps, Map<Long, StepProgress> progress, int after,
			boolean orAt) {
		for (PathStep step : steps) {
			boolean later = orAt ? step.getPosition() >= after : step.getPosition() > after;
			if (later && !isDone(progress, step)) {
				return step;
			}
		}
		return null;
	}

	private static boolean isDone(Map<Long, StepProgress> progress, PathStep step) {
		StepProgress mine = progress.get(step.getId());
		return mine != null && mine.done();
	}

	public boolean isComplete() {
		return !this.stops.isEmpty() && this.done == this.stops.size();
	}

	public int getTotal() {
		return this.stops.size();
	}

}
