package org.holdfast.editorial;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hint rules against wording they should and should not flag. */
class SafeMessagingHintsTests {

	final SafeMessagingHints hints = new SafeMessagingHints();

	List<SafeMessagingHints.Hint> check(String text, String contentWarning) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("contentWarning", contentWarning);
		fields.put("markdown", text);
		return this.hints.check(fields, "contentWarning");
	}

	@Test
	void flagsStigmatisingWordingWithABetterOne() {
		assertThat(check("Her uncle committed suicide.\nIt was a failed attempt, they said.", ""))
			.extracting(SafeMessagingHints.Hint::kind, SafeMessagingHints.Hint::found, SafeMessagingHints.Hint::line,
					SafeMessagingHints.Hint::suggestion)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(SafeMessagingHints.Kind.STIGMA, "committed suicide", 1,
							"died by suicide"),
					org.assertj.core.groups.Tuple.tuple(SafeMessagingHints.Kind.STIGMA, "failed attempt", 2,
							"a suicide attempt, or survived a suicide attempt"));
	}

	@Test
	void flagsMethodAndImageryAndAMissingContentWarning() {
		List<SafeMessagingHints.Hint> found = check("She took an Overdose of pills.\n\nThere was blood.", "");
		assertThat(found).extracting(SafeMessagingHints.Hint::kind)
			.containsExactly(SafeMessagingHints.Kind.MISSING_WARNING, SafeMessagingHints.Kind.METHOD,
					SafeMessagingHints.Kind.METHOD, SafeMessagingHints.Kind.IMAGERY);
		assertThat(found.get(1).found()).isEqualTo("Overdose");
		assertThat(check("She took an overdose.", "Mentions an overdose")).extracting(SafeMessagingHints.Hint::kind)
			.containsExactly(SafeMessagingHints.Kind.METHOD);
	}

	@Test
	void matchesAcrossHyphensAndLineBreaksAndCountsRepeats() {
		List<SafeMessagingHints.Hint> found = check("attention-seeking\n\nattention\nseeking behaviour", "x");
		assertThat(found).hasSize(2);
		assertThat(found.get(0).times()).isEqualTo(1);
		List<SafeMessagingHints.Hint> twice = check("blood and more blood", "x");
		assertThat(twice).singleElement().satisfies((hint) -> assertThat(hint.times()).isEqualTo(2));
	}

	@Test
	void leavesOrdinaryWordsThatOnlyContainAFlaggedOneAlone() {
		assertThat(check("Put a pillow under your head. Bloodhounds are dogs. Gunther scarred nothing? "
				+ "Committee meetings, scarf, ligament, a bladed fan.", "Mentions scars"))
			.extracting(SafeMessagingHints.Hint::found)
			.containsExactly("scarred");
		assertThat(check("Talk to someone you trust. Take a slow breath and notice your feet.", "")).isEmpty();
	}

	@Test
	void everyRuleInTheListCompilesAndFindsItsOwnPhrase() {
		List<SafeMessagingHints.Rule> rules = SafeMessagingHints.load();
		assertThat(rules).hasSizeGreaterThan(40);
		for (SafeMessagingHints.Rule rule : rules) {
			String example = rule.phrase().replace("*", "s");
			assertThat(rule.pattern().matcher("Before " + example + " after").find()).as(rule.phrase()).isTrue();
		}
	}

}
