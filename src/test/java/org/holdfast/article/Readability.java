package org.holdfast.article;

import org.holdfast.markdown.Markdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch–Kincaid grade level of an article's Markdown: 0.39 × words per sentence + 11.8 ×
 * syllables per word − 15.59. Headings and list items count as sentences; syllables are
 * vowel groups, less a silent final e.
 */
final class Readability {

	record Score(double grade, int words, int sentences, int syllables) {
	}

	private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9'’-]*");

	private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

	private Readability() {
	}

	static Score score(String markdown) {
		String text = plain(markdown);
		int sentences = 0;
		for (String sentence : text.split("[.!?:;]+(?=\\s|$)")) {
			if (sentence.matches("(?s).*[A-Za-z0-9].*")) {
				sentences++;
			}
		}
		int words = 0;
		int syllables = 0;
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			words++;
			syllables += syllables(matcher.group());
		}
		double grade = 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
		return new Score(grade, words, sentences, syllables);
	}

	private static String plain(String markdown) {
		String body = (markdown.startsWith("---") && markdown.indexOf("\n---\n", 3) > 0)
				? markdown.substring(markdown.indexOf("\n---\n", 3) + 5) : markdown;
		List<String> lines = new ArrayList<>();
		for (String raw : body.split("\n")) {
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			line = line.replaceFirst("^#+\\s*", "")
				.replaceFirst("^([-*+]|\\d+[.)])\\s+", "")
				.replaceFirst("^>\\s*", "")
				.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
				.replace("**", "")
				.replace("*", "")
				.replace("_", " ")
				.replace("`", "");
			if (!line.matches("(?s).*[.!?:;][\"’”)]*$")) {
				line = line + ".";
			}
			lines.add(line);
		}
		return String.join(" ", lines);
	}

	private static int syllables(String word) {
		String w = word.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^a-z]", "");
		if (w.isEmpty()) {
			return 1;
		}
		Matcher groups = VOWELS.matcher(w);
		int n = 0;
		while (groups.find()) {
			n++;
		}
		if (w.endsWith("e") && !w.endsWith("le") && n > 1) {
			n--;
		}
		return Math.max(1, n);
	}

}
