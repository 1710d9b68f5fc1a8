package org.holdfast.toolbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;

/**
 * One ride of the urge timer: its length and its prompts, spread evenly — breathe, an
 * activity, "has the urge changed?", and again. The activities are drawn with the ride's
 * start as the seed, so every page of a ride (without JavaScript, one page per prompt)
 * shows the same ones.
 */
record UrgeTimer(int minutes, List<Prompt> prompts) {

	/** The lengths to choose from, in minutes. */
	static final List<Integer> LENGTHS = List.of(5, 10, 15, 20, 30);

	static final int DEFAULT_MINUTES = 15;

	/** What a prompt asks. */
	enum Kind {

		BREATHE, ACTIVITY, CHECK

	}

	/** One prompt: its number (from 1), when it comes and what it suggests. */
	record Prompt(int number, int at, Kind kind, @Nullable CopingActivity activity) {

		/** When it comes, as minutes and seconds ("2:30"). */
		public String clock() {
			return (this.at / 60) + ":" + String.format("%02d", this.at % 60);
		}

	}

	private static final Kind[] ORDER = { Kind.BREATHE, Kind.ACTIVITY, Kind.CHECK, Kind.BREATHE, Kind.ACTIVITY,
			Kind.CHECK };

	static boolean allowed(int minutes) {
		return LENGTHS.contains(minutes);
	}

	/**
	 * The ride for this length, drawing breathing exercises from {@code breathe} and
	 * other activities from {@code others} (either may be empty: the prompt then stands
	 * alone).
	 */
	static UrgeTimer plan(int minutes, long seed, List<CopingActivity> breathe, List<CopingActivity> others) {
		Random random = new Random(seed);
		List<CopingActivity> breaths = shuffled(breathe, random);
		List<CopingActivity> activities = shuffled(others, random);
		int seconds = minutes * 60;
		List<Prompt> prompts = new ArrayList<>();
		int breath = 0;
		int activity = 0;
		for (int i = 0; i < ORDER.length; i++) {
			Kind kind = ORDER[i];
			CopingActivity suggested = switch (kind) {
				case BREATHE -> breaths.isEmpty() ? null : breaths.get(breath++ % breaths.size());
				case ACTIVITY -> activities.isEmpty() ? null : activities.get(activity++ % activities.size());
				case CHECK -> null;
			};
			prompts.add(new Prompt(i + 1, seconds * i / ORDER.length, kind, suggested));
		}
		return new UrgeTimer(minutes, List.copyOf(prompts));
	}

	public int seconds() {
		return this.minutes * 60;
	}

	/** The activities this ride suggested, for "what helped". */
	public List<CopingActivity> suggested() {
		return this.prompts.stream()
			.map(Prompt::activity)
			.filter((activity) -> activity != null)
			.map((activity) -> (CopingActivity) activity)
			.distinct()
			.toList();
	}

	private static List<CopingActivity> shuffled(List<CopingActivity> activities, Random random) {
		List<CopingActivity> copy = new ArrayList<>(activities);
		java.util.Collections.shuffle(copy, random);
		return copy;
	}

}
