package org.holdfast.toolbox;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coping activities that ship with Holdfast, checked as files for what must never be
 * suggested to someone with an urge to hurt themselves.
 */
class StarterActivitiesTests {

	private static final List<ActivityDocument> ACTIVITIES = StarterActivities.documents();

	@Test
	void noActivityAsksAnyoneToHitSomething() {
		for (ActivityDocument activity : ACTIVITIES) {
			assertThat(text(activity)).as(activity.slug())
				.doesNotContainPattern(
						"\\b(punch\\w*|smash\\w*|hit (a|the|your) (wall|pillow|cushion|bag|bed|mattress))");
		}
	}

	@Test
	void coldWaterOnTheFaceComesWithTheHeartAndEatingDisorderCaution() {
		List<ActivityDocument> cold = ACTIVITIES.stream()
			.filter((activity) -> text(activity).contains("cold") && text(activity).contains("face"))
			.toList();
		assertThat(cold).isNotEmpty();
		for (ActivityDocument activity : cold) {
			assertThat(text(activity)).as(activity.slug())
				.contains("heart condition", "eating disorder", "medicine that slows your heart");
		}
	}

	@Test
	void hardExerciseIsForLettingFeelingsOutNotPunishment() {
		for (ActivityDocument activity : ACTIVITIES) {
			if (text(activity).matches("(?s).*(?<!not )as hard as you can.*")) {
				assertThat(text(activity)).as(activity.slug()).contains("not to punish");
			}
		}
	}

	private static String text(ActivityDocument activity) {
		return (activity.title() + " " + activity.summary() + " " + activity.body()).toLowerCase(Locale.ROOT);
	}

}
