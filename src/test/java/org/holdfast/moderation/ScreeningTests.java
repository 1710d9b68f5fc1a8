package org.holdfast.moderation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.holdfast.crisis.CrisisDirectory;
import org.holdfast.moderation.Screening.Kind;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The post checks against cases written for them (true and false positives for each
 * kind), then against the examples the model learns from, and against a held-out set
 * written separately by someone who never saw the rules or the examples
 * ({@code src/test/resources/moderation/held-out}): the rates are printed and must stay
 * above a floor.
 */
class ScreeningTests {

	static final CrisisDirectory DIRECTORY = CrisisDirectory.load(new ClassPathResource("crisis/crisis-lines.yml"),
			Clock.systemUTC());

	static final Screening SCREENING = new Screening(Screening.load(new ClassPathResource(Screening.RULES)), DIRECTORY);

	static final List<String> EMERGENCY = List.of("i took all my pills an hour ago and feel dizzy",
			"swallowed everything in the drawer and now my stomach hurts", "I've already taken them",
			"took the whole packet last night and im being sick", "i overdosed earlier and i feel strange",
			"i drank some bleach", "the bleeding wont stop", "i cut too deep and it won't stop bleeding",
			"theres so much blood and i feel faint", "it's soaked through the towel and still going",
			"i feel like im going to pass out after cutting", "I think I need an ambulance",
			"my burn has gone white and leathery", "burnt my hand on purpose and its covered in blisters",
			"cant stay awake, took loads earlier", "im ODing rn i think, took 30 tablets",
			"she said im a burden so i took all my tablets", "I used to cope but tonight I took everything",
			"took them an hour ago and now my ears are ringing, took them all", "the cut is gaping and wont close",
			"i can see fat in the cut", "i od'd 20 minutes ago", "been bleeding for ages its not slowing down",
			"poured bleach on my arm and the skin is peeling", "i took a bottle of pills, please help",
			"Took a whole box of paracetamol this morning", "i swallowed the rest of the bottle", "ive taken too many",
			"i passed out after i hurt myself", "blood everywhere i cant make it stop");

	static final List<String> NOT_EMERGENCY = List.of("Two years ago I took an overdose and I'm glad I survived",
			"I overdosed on netflix this weekend", "took a whole packet of biscuits lol", "I'm bleeding money on rent",
			"burnt the toast again", "I feel faint with hunger haha", "I'm so burnt out from work",
			"What should you do if someone takes an overdose?", "My friend took an overdose last night, what do I do?",
			"I had a blood test today", "My scars are healing well", "I took my meds this morning like normal",
			"that film had so much blood in it", "I cut my finger chopping onions, it's fine now",
			"I had a headache so I took two paracetamol", "when I was 15 I overdosed and ended up in hospital",
			"it took everything in me not to cry", "my nose is bleeding again, hayfever season", "My phone died",
			"I'm dying to know what happens next", "the new album is killing me", "I took the bus to my appointment",
			"I'm dead tired", "my last day at school was emotional", "I burned my tongue on my tea",
			"I need to see my GP about my meds", "I passed my exam!", "It took ages to fall asleep",
			"I got sunburnt at the beach", "How do you know if a cut needs stitches?");

	static final List<String> CRISIS = List.of("I'm going to kill myself tonight.",
			"i want to die. i mean it this time", "I dont want to be here anymore and I've got a plan",
			"I'm ready to end it all.", "I've written my note. Goodbye everyone.",
			"this is my last post. thank you for everything", "By the time you read this I'll be gone",
			"im so suicidal right now i cant think", "I can't go on like this anymore",
			"Everyone would be better off without me.", "I wont be here tomorrow so it doesnt matter",
			"after everyone's asleep im going to do it", "Tonight is the night I end it", "i want to end my life",
			"Im planning to take my own life", "I really want to not wake up tomorrow",
			"there's no point in living any more", "kms honestly", "I cant take this anymore, I'm done",
			"Ive decided to die this weekend", "gonna kill myself lol no joke",
			"I've made a plan and I'm going to use it tonight",
			"I'm giving my cat to my sister because I won't need her anymore", "I want to disappear forever",
			"I'm about to end it", "I feel really suicidal today", "I wanna die so bad", "I wont see christmas",
			"Bye world. I'm sorry.", "i need to die", "No reason to live anymore.",
			"I'm going to end things tonight, I'm sorry mum");

	static final List<String> NOT_CRISIS = List.of("Two years ago I wanted to die, and now I'm glad I'm still here.",
			"This exam is killing me", "I nearly died laughing at that video lol",
			"I used to be suicidal when I was 15 but things got better",
			"My friend said she wants to die, what do I do?", "I watched a film about suicide prevention",
			"Tonight I'm going to tell my mum about my self harm",
			"I've got a plan for tonight: hot bath and an early night", "I'm going to end it with my boyfriend",
			"Goodbye summer, hello college!", "I'm dead tired after work",
			"This is my last post before exams, see you in June", "I gave away my old clothes to charity",
			"the heat is killing me today", "My boss is going to kill me if I'm late", "I'm in recovery and doing ok",
			"I want to feel better", "I'm so tired of everything today", "I had a bad day but I'm safe",
			"What helps when you feel numb?", "I relapsed last night and I feel ashamed",
			"I wrote a letter to my therapist about how I feel", "Back then I wanted to die every day",
			"How do I tell my parents I self harm?", "I'm ready to start therapy", "This song makes me want to cry",
			"I made a plan to see my GP on Monday", "I'm so embarrassed I could die", "I can't wait for the weekend",
			"She told me she was suicidal last year and she is doing better now", "I'm going to sleep early tonight",
			"the end of the film made me cry");

	static final List<String> METHOD = List.of("How many paracetamol would it take?", "what's the best way to do it",
			"how deep do you have to cut", "I've been saving up my pills for a while",
			"I hid my blades in my pencil case", "which bridge is high enough",
			"where can I buy a razor blade without my parents knowing", "I took 20 tablets last night",
			"I cut myself with a knife from the kitchen", "I used a lighter to burn my arm",
			"Would that many pills kill you?", "is there a painless way", "I've got a rope and I'm ready",
			"how long would it take if I jumped", "I'm going to jump off the car park roof",
			"a whole packet of tablets", "I doubled my usual dose on purpose", "what pills work fastest",
			"I stashed the razors under my bed", "I used a sharpener blade on my thighs",
			"how to cut without anyone noticing", "How much would I need to overdose",
			"took the blade out of my sharpener and cut my arm", "I burned my wrist with a lighter",
			"will it work if I take all of them", "the quickest way to die", "I'm collecting tablets again",
			"I used my dad's razor and now my leg needs stitches", "how do you hang yourself",
			"which method is least painful", "jumping in front of a train");

	static final List<String> NOT_METHOD = List.of("I self harmed last night and I feel awful.",
			"I relapsed after 3 months clean", "I had an urge to cut but I did some grounding instead",
			"How do I look after a wound so it heals?", "I'm cutting onions for dinner", "I got a haircut today!",
			"I gave my blades to my mum to keep", "I take my pills every morning from my weekly organiser",
			"My doctor upped my dose of sertraline", "we climbed the harbour bridge on holiday",
			"We used a rope on the climbing wall", "I had a headache so I took two paracetamol like the box says",
			"I cut my finger shaving", "The train was late again", "How long does a scar take to fade?",
			"I want to stop self harming, what helps?", "I'm scared my urges are getting stronger",
			"My therapist said the urges will pass", "I threw away my razors today and I'm proud",
			"cutting out coupons with scissors", "our building has a nice roof garden",
			"I overdosed on caffeine before my exam lol", "How do I talk to my GP about self harm?",
			"I hurt myself again and I need someone to talk to", "The knife block in the kitchen is new",
			"my cat knocked the pills organiser over", "I used to burn myself but I've stopped for a year",
			"what is the best way to stop self harming", "best way to tell a friend I'm struggling",
			"I felt like jumping for joy", "I bought wrapping paper and tape");

	static final List<String> CONTACT = List.of("DM me if you want to talk", "add me on snap: sadgirl_2009",
			"my insta is @quietfox_", "message me on discord, i'm moth#2231", "text me on 07700 900123",
			"call me 555-0142 anytime", "email me at quiet.fox@gmail.com", "my email is quietfox at gmail dot com",
			"join our group chat https://discord.gg/abc123", "whatsapp me on +44 7700 900456", "pm me for my number",
			"im on tiktok @moodymoth", "find me on instagram, same username", "hit me up on kik",
			"t.me/moonlightgroup for a chat", "my number is (020) 7946 0123", "follow me on twitter @sadboy99",
			"Snapchat: midnightmoth", "you can reach me at moth_99@outlook.com", "ig: @the.quiet.one",
			"add me on facebook, Jo Bloggs", "inbox me", "my discord is moonpie#0001", "snap me at lonelyteen",
			"whats app me 07700900789", "message me on telegram", "text me 0491 570 156", "my kik is hollowheart",
			"chat.whatsapp.com/AbCdEf123 join us", "email quietfox[at]proton[dot]me", "reach me on signal");

	static final List<String> NOT_CONTACT = List.of("Text SHOUT to 85258 if you need someone",
			"Call Samaritans on 116 123", "I called 988 last night and it helped",
			"Childline is 0800 1111 if you are under 19", "my mum called me after school", "meet @ the park at 3",
			"I emailed my teacher about the deadline", "I play call of duty to distract myself",
			"I snapped at my sister and feel bad", "It was a snap decision", "The meeting is on 12/11/2026 at 10:30",
			"It cost £12.99 in the sale", "I'm on version 2.3.1 of the app", "my order number is 123456789012",
			"I messaged my friend on here", "My dad messaged me on WhatsApp", "I deleted instagram and feel better",
			"Does anyone else find tiktok makes them feel worse?", "I ran 10 km in 58 minutes",
			"Call 999 if you are in danger", "I talked to my GP on the phone",
			"my phone died so I couldn't call anyone", "I added more ideas to my toolbox",
			"Follow the guidelines please", "my sister added me back on facebook", "the year 2024 was hard",
			"I have 3 cats and 2 dogs", "The helpline number is on the help page", "text a crisis line tonight",
			"I wrote @ the top of my page", "My score was 1200 points");

	@Test
	void crisisLanguageIsFoundAndStoriesAndFiguresOfSpeechAreNot() {
		assertFlagged(Kind.CRISIS, CRISIS, NOT_CRISIS);
	}

	@Test
	void methodDetailIsFoundAndEverydayWordsAreNot() {
		assertFlagged(Kind.METHOD, METHOD, NOT_METHOD);
	}

	@Test
	void contactDetailsAreFoundAndCrisisLinesAndEverydayNumbersAreNot() {
		assertFlagged(Kind.CONTACT, CONTACT, NOT_CONTACT);
	}

	@Test
	void anEmergencyNowIsFoundAndStoriesAndFiguresOfSpeechAreNot() {
		assertFlagged(Kind.EMERGENCY, EMERGENCY, NOT_EMERGENCY);
	}

	@Test
	void anEmergencyComesBeforeEverythingElse() {
		Screening.Result result = SCREENING.screen("I took all my tablets an hour ago. How many does it take?");
		assertThat(result.kind()).isEqualTo(Kind.EMERGENCY);
		assertThat(result.needsHelp()).isTrue();
		assertThat(SCREENING.screen("I want to kill myself, how many pills would it take").kind())
			.isEqualTo(Kind.CRISIS);
		assertThat(SCREENING.screen("A good day: I went for a walk.").kind()).isEqualTo(Kind.NONE);
	}

	/**
	 * The mistakes the first version of the exceptions made: each of these was excused
	 * and went up with no help shown.
	 */
	@Test
	void exceptionsCannotCancelTheWritersOwnPresentIntent() {
		List<String> present = List.of("I used to cope, but now I want to die",
				"i used to cope with music but now i just want to be dead",
				"she said I'm a burden and I'm going to end it tonight",
				"he told me to go kill myself and honestly I think I will",
				"an hour ago I decided I'm going to kill myself", "I want to die in this house",
				"this exam will be the death of me and i want to die",
				"mum said i ruin everything and im going to end it tonight",
				"tomorrow, after my driving test, I'm going to end it");
		List<String> wrong = present.stream().filter((text) -> !SCREENING.screen(text).needsHelp()).toList();
		assertThat(wrong).isEmpty();
		List<String> stories = List.of("Two years ago I wanted to die, and now I'm glad I'm still here",
				"two years ago, i wanted to kill myself", "My friend said she wants to die, what do I do?",
				"this exam will be the death of me", "we made a pact to go to the gym", "I'm dying to know");
		assertThat(stories.stream().filter((text) -> SCREENING.screen(text).needsHelp()).toList()).isEmpty();
	}

	@Test
	void commonMisspellingsAndMissingApostrophesAreStillRead() {
		List<String> written = List.of("i wanna b dead", "im suicidle", "i wish i was dead", "Im done wiv life",
				"i dont wanna be alive anymore", "cant stop thinking bout suicide",
				"every1 wud b better off without me", "IVE ALREADY TAKEN THEM", "i wish i wasnt born",
				"im gunna kil myself", "ive been saving up my tablets", "ive written letters for everyone",
				"this is my final post", "i dont want to exist anymore", "everyone would be better off if i was dead",
				"i have things ready");
		List<String> missed = written.stream().filter((text) -> !SCREENING.screen(text).needsHelp()).toList();
		assertThat(missed).isEmpty();
	}

	@Test
	void clausesDivideAtCommasAndTheWordsThatStartANewStatement() {
		String sentence = Screening.normalise("i used to cope, but now i want to die");
		assertThat(Screening.clauses(sentence).stream().map((c) -> sentence.substring(c[0], c[1])))
			.containsExactly("i used to cope", "but now i want to die");
		String leadIn = Screening.normalise("two years ago, i wanted to die");
		assertThat(Screening.clauses(leadIn)).hasSize(1);
	}

	@Test
	void aHitFromTheModelAloneIsMarkedAsSuch() {
		Screening modelOnly = new Screening(List.of(), DIRECTORY);
		Screening.Result result = modelOnly.screen("i just want it all to be over tonight, goodbye everyone");
		assertThat(result.rules()).contains("crisis:model").allMatch((rule) -> rule.endsWith(":model"));
		assertThat(result.onlyByModel(Kind.CRISIS)).isTrue();
		Screening.Result ruled = SCREENING.screen("I'm going to kill myself tonight");
		assertThat(ruled.onlyByModel(Kind.CRISIS)).isFalse();
	}

	/**
	 * No post can make the checks hang. Each of these 10,000-character posts (the longest
	 * a post may be) is built to make a backtracking engine try and retry, against the
	 * shipped rules and the worst pattern a moderator could write. A rule runs first on
	 * java.util.regex with a budget of character reads (counted, not timed); a run that
	 * uses it up is answered by RE2/J, in time linear in the text. Under the old engine
	 * alone the worst of these took minutes; a run that could still hang would hang this
	 * test.
	 */
	@Test
	void craftedLongPostsAreCheckedWithinABudgetOrInLinearTime() {
		StringBuilder words = new StringBuilder();
		java.util.regex.Matcher literal = java.util.regex.Pattern.compile("[a-z]{3,}")
			.matcher(Screening.load(new ClassPathResource(Screening.RULES))
				.stream()
				.map((rule) -> rule.pattern().pattern())
				.reduce("", String::concat));
		while (literal.find() && words.length() < 10_000) {
			words.append(literal.group()).append(' ');
		}
		List<String> crafted = List.of("dm me ".repeat(1_700), "i want to ".repeat(1_000), "a".repeat(10_000),
				"a ".repeat(5_000), "how many ".repeat(1_100), "1 2 ".repeat(2_500), "@a.".repeat(3_300),
				"cut my arm with ".repeat(600), words.substring(0, 10_000));
		RulePattern worst = RulePattern.compile("(.*a){12}$");
		Screening withAModeratorsWorst = new Screening(
				java.util.stream.Stream
					.concat(Screening.load(new ClassPathResource(Screening.RULES)).stream(),
							java.util.stream.Stream
								.of(new Screening.Rule(Kind.CONTACT, Screening.Mode.MATCH, "worst", worst)))
					.toList(),
				DIRECTORY);
		for (String post : crafted) {
			assertThat(post).hasSizeLessThanOrEqualTo(10_200);
			withAModeratorsWorst.screen(post);
		}
		String endless = "a ".repeat(5_000);
		assertThat(worst.fitsBudget(endless)).as("a backtracking engine would not finish this").isFalse();
		assertThat(worst.find(endless)).as("the linear engine's answer").isFalse();
		assertThat(worst.find("a".repeat(20))).isTrue();
		assertThat(RulePattern.compile("\\bdm\\s+me\\b").fitsBudget("dm me ".repeat(1_700))).isTrue();
	}

	@Test
	void aPatternThatCannotRunInLinearTimeIsRefused() {
		assertThat(ScreeningRules.problem("(?<=x)a")).contains("moderation.rules.error.pattern");
		assertThat(ScreeningRules.problem("(a)\\1")).contains("moderation.rules.error.pattern");
		assertThat(ScreeningRules.problem("(.*a){12}$")).isEmpty();
		assertThat(ScreeningRules.problem("[[:alpha:]]+ me")).as("read differently by the two engines")
			.contains("moderation.rules.error.pattern");
		assertThat(ScreeningRules.problem("(?P<name>dm) me")).as("RE2/J syntax only")
			.contains("moderation.rules.error.pattern");
		assertThat(ScreeningRules.problem("x".repeat(2_001))).contains("moderation.rules.error.length");
	}

	@Test
	void aRulesFileThatGivesTwoRulesOneNameIsRefused() {
		String twice = "crisis\tpast\t\\bago\\b\nemergency-unless\tpast\t\\bago\\b\n";
		assertThatIllegalStateException()
			.isThrownBy(() -> Screening.load(new ByteArrayResource(twice.getBytes(StandardCharsets.UTF_8))))
			.withMessageContaining("past is used twice");
	}

	@Test
	void theResultNamesRulesNeverTheWords() {
		Screening.Result result = SCREENING.screen("I'm going to kill myself tonight. DM me on snap");
		assertThat(result.kinds()).containsExactlyInAnyOrder(Kind.CRISIS, Kind.CONTACT);
		assertThat(result.rules()).contains("crisis:intent-kill", "contact:dm-me");
		assertThat(String.join(" ", result.rules())).doesNotContain("myself", "snap", "tonight");
		assertThat(SCREENING.screen("A good day: I went for a walk.").isClear()).isTrue();
	}

	/**
	 * The examples the model learns from (each set written separately from the rules; the
	 * rules were also tuned on them) show how well everything fits what it was built on.
	 * The held-out sets were written separately again, by writers who never saw the
	 * rules, the model or the examples, and nothing learns from them: they are the honest
	 * measure on posts never seen. Everything is printed, with every miss and false alarm
	 * on the held-out sets; the targets are the project's.
	 */
	@Test
	void heldOutPostsMeetTheTargets() {
		StringBuilder report = new StringBuilder();
		List<String> below = new ArrayList<>();
		for (ScreeningCheck.Check check : ScreeningCheck.all(SCREENING, Integer.MAX_VALUE)) {
			report.append(
					check.heldOut() ? "Screening, on held-out set " + check.set() + " (never tuned or trained on):\n"
							: "Screening, on the examples it was tuned and trained on:\n");
			for (ScreeningCheck.Figures figures : check.kinds()) {
				report.append(String.format(Locale.ROOT,
						"  %-9s %3d positives, caught %3d (%.1f %%); %3d %s, flagged %3d (%.1f %%)%n",
						figures.kind().name().toLowerCase(Locale.ROOT), figures.positives(), figures.caught(),
						figures.recall() * 100, figures.negatives(), check.heldOut() ? "ordinary" : "negatives",
						figures.falseAlarms(), figures.falseAlarmRate() * 100));
				if (check.heldOut()) {
					figures.missed().forEach((text) -> report.append("      missed: ").append(text).append('\n'));
				}
				double floor = check.heldOut() ? target(check.set(), figures.kind()) : 0.9;
				if (figures.recall() < floor) {
					below.add(check.set() + " " + figures.kind() + " recall");
				}
			}
			report.append(String.format(Locale.ROOT, "  ordinary posts stopped for anything: %d of %d (%.1f %%)%n",
					check.stopped(), check.ordinary(), check.stoppedRate() * 100));
			if (check.heldOut()) {
				check.stoppedPosts().forEach((text) -> report.append("      stopped: ").append(text).append('\n'));
			}
			if (check.stoppedRate() > 0.10) {
				below.add(check.set() + " ordinary posts stopped");
			}
		}
		System.out.println(report);
		assertThat(below).as("below the target:%n%s", report).isEmpty();
	}

	/**
	 * Recall each kind must reach on every held-out set. Help first: an emergency must be
	 * seen as one (98 %), and crisis language shown help (90 %). Method and contact must
	 * do at least as well as the screening did before emergencies were added, on the same
	 * set (its figures, measured then, are the floor).
	 */
	private static double target(String set, Kind kind) {
		return switch (kind) {
			case EMERGENCY -> 0.98;
			case CRISIS -> 0.90;
			case METHOD -> BEFORE.get(set)[0];
			case CONTACT -> BEFORE.get(set)[1];
			default -> throw new IllegalArgumentException(kind.name());
		};
	}

	/**
	 * Method and contact recall of the screening before this change (rules and naive
	 * Bayes model of 2026-11-25) on each held-out set.
	 */
	private static final Map<String, double[]> BEFORE = Map.of("a", new double[] { 42 / 53.0, 47 / 50.0 }, "b",
			new double[] { 47 / 62.0, 59 / 59.0 }, "c", new double[] { 42 / 62.0, 61 / 63.0 }, "d",
			new double[] { 38 / 60.0, 56 / 60.0 });

	/**
	 * The first held-out set, written per kind (yes or no for one kind at a time) before
	 * emergencies were a kind: its figures must stay above what was first measured.
	 */
	@Test
	void theFirstHeldOutSetStaysAboveItsFloors() throws IOException {
		StringBuilder report = new StringBuilder("Screening, on the first held-out set (one kind per file):\n");
		List<String> below = new ArrayList<>();
		for (Kind kind : List.of(Kind.CRISIS, Kind.METHOD, Kind.CONTACT)) {
			Path file = Path.of("src/test/resources/moderation/held-out",
					kind.name().toLowerCase(Locale.ROOT) + ".tsv");
			int[] counts = new int[4];
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t", 2);
				boolean expected = fields[0].equals("yes");
				boolean flagged = ScreeningCheck.flagged(SCREENING.screen(fields[1]), kind);
				counts[(expected ? 0 : 2) + ((flagged == expected) ? 0 : 1)]++;
			}
			double recall = (double) counts[0] / (counts[0] + counts[1]);
			double falseAlarms = (double) counts[3] / (counts[2] + counts[3]);
			report.append(String.format(Locale.ROOT,
					"  %-7s %3d positives, caught %3d (%.0f %%); %3d negatives, false alarms %3d (%.0f %%)%n",
					kind.name().toLowerCase(Locale.ROOT), counts[0] + counts[1], counts[0], recall * 100,
					counts[2] + counts[3], counts[3], falseAlarms * 100));
			double[] floor = FLOORS.get(kind);
			if (recall < floor[0] || falseAlarms > floor[1]) {
				below.add(kind.name());
			}
		}
		System.out.println(report);
		assertThat(below).as("below the floor:%n%s", report).isEmpty();
	}

	/**
	 * Floors on the first held-out set (recall at least, false alarms at most): a little
	 * under what was measured the first time, so a change that loses more than a few
	 * cases fails. Crisis may raise more alarms than it first did (25 %, not 20 %): that
	 * set's writer marked "everyone would be better off without me", "thinking about
	 * death a lot" and wishing not to wake up as not acute, and Holdfast now shows help
	 * for them, erring towards help as the held-out targets ask.
	 */
	private static final Map<Kind, double[]> FLOORS = Map.of(Kind.CRISIS, new double[] { 0.6, 0.25 }, Kind.METHOD,
			new double[] { 0.65, 0.1 }, Kind.CONTACT, new double[] { 0.75, 0.1 });

	private static void assertFlagged(Kind kind, List<String> positives, List<String> negatives) {
		assertThat(positives).hasSizeGreaterThanOrEqualTo(30);
		assertThat(negatives).hasSizeGreaterThanOrEqualTo(30);
		List<String> wrong = new ArrayList<>();
		positives.stream()
			.filter((text) -> !SCREENING.screen(text).has(kind))
			.forEach((t) -> wrong.add("missed: " + t));
		negatives.stream()
			.filter((text) -> SCREENING.screen(text).has(kind))
			.forEach((t) -> wrong.add("false alarm: " + t + " " + SCREENING.screen(t).rules()));
		assertThat(wrong).as(kind.name()).isEmpty();
	}

}
