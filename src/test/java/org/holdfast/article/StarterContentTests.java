package org.holdfast.article;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The articles that ship with Holdfast, checked as files: front matter, length, links,
 * and plain language (Flesch–Kincaid grade 8 or below, printed for each article).
 */
class StarterContentTests {

	private static final Set<String> LINKABLE = Set.of("/help", "/toolbox/safety-plan");

	private static String body(String slug) {
		return StarterContent.body(StarterContent.text(new ClassPathResource("articles/" + slug + ".md")));
	}

	@Test
	void thereAreAtLeastTwelveWellFormedArticlesOnKnownTopics() throws Exception {
		List<Resource> files = StarterContent.files();
		assertThat(files).hasSizeGreaterThanOrEqualTo(12);
		Set<String> topics = new HashSet<>();
		for (JsonNode topic : YAMLMapper.builder()
			.build()
			.readTree(new ClassPathResource("articles/topics.yml").getInputStream())) {
			topics.add(topic.get("slug").asString());
		}
		Set<String> slugs = new HashSet<>();
		files.forEach((file) -> slugs.add(file.getFilename().replace(".md", "")));
		for (Resource file : files) {
			String text = StarterContent.text(file);
			StarterContent.FrontMatter front = StarterContent.frontMatter(file, text);
			assertThat(front.slug() + ".md").isEqualTo(file.getFilename());
			assertThat(front.title()).isNotBlank().hasSizeLessThanOrEqualTo(200);
			assertThat(front.summary()).isNotBlank().hasSizeLessThanOrEqualTo(300);
			assertThat(topics).as(front.slug()).containsAll(front.topics());
			assertThat(front.reviewed()).as(front.slug()).isNotNull();
			String body = StarterContent.body(text);
			assertThat(body).as(front.slug()).doesNotContain("<", "![", "](http", "](//");
			Matcher links = Pattern.compile("\\]\\(([^)]+)\\)").matcher(body);
			while (links.find()) {
				String target = links.group(1);
				assertThat(LINKABLE.contains(target) || slugs.contains(target.replace("/articles/", "")))
					.as("%s links to %s", front.slug(), target)
					.isTrue();
			}
		}
	}

	/**
	 * First aid says "call now" when it should, and in words every country understands;
	 * /help says the same (HelpControllerTests).
	 */
	@Test
	void woundCareSaysCallNowForHeavyBleedingAndNamesTheSameDaySigns() {
		String wound = body("looking-after-a-wound");
		assertThat(wound).contains("bleeding is heavy or spurting", "call straight away", "Do not wait",
				"emergency department (A&E, ER)", "family doctor (GP)", "numbness, tingling or weakness",
				"Stitches work best", "something is stuck in the wound", "white, leathery or charred",
				"chemical or by electricity", "face, hands, feet or genitals",
				"swallowed something harmful or taken too much of a medicine");
		assertThat(wound).doesNotContain("something you should not have");
	}

	@Test
	void articlesSayNoMoreThanTheSourcesAndAvoidSuicideIdioms() {
		assertThat(body("finding-a-therapist")).contains("think about offering")
			.doesNotContainIgnoringCase("NICE recommends");
		assertThat(body("for-friends")).doesNotContain("live with yourself");
		assertThat(body("self-harm-and-suicidal-thoughts")).contains("](/toolbox/safety-plan)");
	}

	@Test
	void everyArticleIsSixHundredToFifteenHundredWordsAtGradeEightOrBelow() {
		for (Resource file : StarterContent.files()) {
			String text = StarterContent.text(file);
			Readability.Score score = Readability.score(text);
			System.out.printf("%-40s Flesch–Kincaid grade %.2f, %d words%n", file.getFilename(), score.grade(),
					score.words());
			assertThat(score.grade()).as(file.getFilename()).isLessThanOrEqualTo(8.0);
			assertThat(score.words()).as(file.getFilename()).isBetween(600, 1500);
		}
	}

	@Test
	void theReadabilityFormulaMatchesAWorkedExample() {
		// 2 sentences, 11 words, 14 syllables (happy 2, animal 3)
		Readability.Score score = Readability.score("The cat sat on the mat. It was a happy animal.");
		assertThat(score.words()).isEqualTo(11);
		assertThat(score.sentences()).isEqualTo(2);
		assertThat(score.syllables()).isEqualTo(14);
		assertThat(score.grade()).isCloseTo(0.39 * 11 / 2 + 11.8 * 14 / 11.0 - 15.59,
				org.assertj.core.data.Offset.offset(0.001));
	}

}
