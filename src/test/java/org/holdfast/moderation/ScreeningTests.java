package org.holdfast.moderation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.holdfast.crisis.CrisisDirectory;
import org.holdfast.moderation.Screening.Kind;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The post checks against cases written for them (true and false positives for each
 * kind), then against the examples the model learns from, and against a held-out set
 * written separately by someone who never saw the rules or the examples
 * ({@code src/test/resources/moderation/held-out}): the rates are printed and must stay
 * above a floor.
 */
class ScreeningTests {

	static final Screening SCREENING = new Screening(Screening.load(new ClassPathResource(Screening.RULES)),
			CrisisDirectory.load(new ClassPathResource("crisis/crisis-lines.yml"), Clock.systemUTC()));

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
	void theResultNamesRulesNeverTheWords() {
		Screening.Result result = SCREENING.screen("I'm going to kill myself tonight. DM me on snap");
		assertThat(result.kinds()).containsExactlyInAnyOrder(Kind.CRISIS, Kind.CONTACT);
		assertThat(result.rules()).contains("crisis:intent-kill", "contact:dm-me");
		assertThat(String.join(" ", result.rules())).doesNotContain("myself", "snap", "tonight");
		assertThat(SCREENING.screen("A good day: I went for a walk.").isClear()).isTrue();
	}

	/**
	 * The examples the model learns from (two sets, each written separately from the
	 * rules; the rules were also tuned on them) show how well everything fits what it was
	 * built on. The held-out set was written separately again, after that, and nothing
	 * has been tuned or learned from it: it is the honest measure on posts never seen.
	 * Both are printed; the floors only catch a change that breaks a lot at once.
	 */
	@Test
	void heldOutCasesAreMeasuredAndStayAboveAFloor() throws IOException {
		StringBuilder report = new StringBuilder();
		List<String> below = new ArrayList<>();
		for (String corpus : List.of("src/main/resources/moderation/examples",
				"src/test/resources/moderation/held-out")) {
			boolean learned = corpus.contains("examples");
			report.append(learned ? "Screening, on the examples it was tuned and trained on:\n"
					: "Screening, on the held-out set (never tuned or trained on):\n");
			for (Kind kind : Kind.values()) {
				Path file = Path.of(corpus, kind.name().toLowerCase(Locale.ROOT) + ".tsv");
				int[] counts = new int[4];
				List<String> wrong = new ArrayList<>();
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					if (line.isBlank() || line.startsWith("#")) {
						continue;
					}
					String[] fields = line.split("\t", 2);
					boolean expected = fields[0].equals("yes");
					boolean flagged = SCREENING.screen(fields[1]).has(kind);
					counts[(expected ? 0 : 2) + ((flagged == expected) ? 0 : 1)]++;
					if (flagged != expected && learned) {
						wrong.add((expected ? "missed: " : "false alarm: ") + fields[1]);
					}
				}
				double recall = (double) counts[0] / (counts[0] + counts[1]);
				double falseAlarms = (double) counts[3] / (counts[2] + counts[3]);
				report.append(String.format(Locale.ROOT,
						"  %-7s %3d positives, caught %3d (%.0f %%); %3d negatives, false alarms %3d (%.0f %%)%n",
						kind.name().toLowerCase(Locale.ROOT), counts[0] + counts[1], counts[0], recall * 100,
						counts[2] + counts[3], counts[3], falseAlarms * 100));
				wrong.forEach((w) -> report.append("      ").append(w).append('\n'));
				double[] floor = learned ? new double[] { 0.9, 0.1 } : FLOORS.get(kind);
				if (recall < floor[0] || falseAlarms > floor[1]) {
					below.add(corpus + " " + kind);
				}
			}
		}
		System.out.println(report);
		assertThat(below).as("below the floor:%n%s", report).isEmpty();
	}

	/**
	 * Floors on the held-out set (recall at least, false alarms at most): a little under
	 * what was measured the first time, so a change that loses more than a few cases
	 * fails.
	 */
	private static final java.util.Map<Kind, double[]> FLOORS = java.util.Map.of(Kind.CRISIS, new double[] { 0.6, 0.2 },
			Kind.METHOD, new double[] { 0.65, 0.1 }, Kind.CONTACT, new double[] { 0.75, 0.1 });

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
