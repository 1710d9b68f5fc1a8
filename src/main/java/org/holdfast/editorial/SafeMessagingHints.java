package org.holdfast.editorial;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Safe-messaging hints for what an editor writes: method or means detail, stigmatising
 * wording and injury imagery, and a missing content warning on text that has either of
 * the first and last. Hints only: the text is never changed, because only a person can
 * tell a method from a mention of one ("pills" in "take your prescribed pills as usual").
 * The phrases are data ({@code editorial/safe-messaging-hints.txt}).
 */
@Component
public class SafeMessagingHints {

	static final String RULES = "editorial/safe-messaging-hints.txt";

	/** What a hint is about. */
	public enum Kind {

		METHOD, STIGMA, IMAGERY, MISSING_WARNING

	}

	/**
	 * One hint.
	 *
	 * @param field the form field the words are in
	 * @param kind what it is about
	 * @param found the words as written (for a missing warning, empty)
	 * @param line the line of the field they are first on, from 1
	 * @param times how often they occur in the field
	 * @param suggestion a better wording, if there is one
	 */
	public record Hint(String field, Kind kind, String found, int line, int times, @Nullable String suggestion) {
	}

	record Rule(Kind kind, String phrase, Pattern pattern, @Nullable String suggestion) {
	}

	private final List<Rule> rules;

	public SafeMessagingHints() {
		this.rules = load();
	}

	/**
	 * Hints for these fields (name to text, in the order the form shows them).
	 * @param contentWarningField the field that holds the content warning: not checked
	 * for words, but its being blank is itself a hint when the text has method detail or
	 * injury imagery
	 */
	public List<Hint> check(Map<String, String> fields, String contentWarningField) {
		List<Hint> hints = new ArrayList<>();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			if (field.getKey().equals(contentWarningField)) {
				continue; // a content warning names what is hard to read: that is its job
			}
			Map<String, Hint> inField = new LinkedHashMap<>();
			for (Rule rule : this.rules) {
				Matcher matcher = rule.pattern().matcher(field.getValue());
				while (matcher.find()) {
					String found = matcher.group().replaceAll("\\s+", " ");
					String key = rule.kind() + ":" + found.toLowerCase(Locale.ROOT);
					Hint earlier = inField.get(key);
					if (earlier != null) {
						inField.put(key, new Hint(earlier.field(), earlier.kind(), earlier.found(), earlier.line(),
								earlier.times() + 1, earlier.suggestion()));
					}
					else {
						inField.put(key, new Hint(field.getKey(), rule.kind(), found,
								line(field.getValue(), matcher.start()), 1, rule.suggestion()));
					}
				}
			}
			inField.values().stream().sorted(java.util.Comparator.comparingInt(Hint::line)).forEach(hints::add);
		}
		String warning = fields.getOrDefault(contentWarningField, "");
		if (warning.isBlank()
				&& hints.stream().anyMatch((hint) -> hint.kind() == Kind.METHOD || hint.kind() == Kind.IMAGERY)) {
			hints.add(0, new Hint(contentWarningField, Kind.MISSING_WARNING, "", 1, 1, null));
		}
		return hints;
	}

	private static int line(String text, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	static List<Rule> load() {
		try (InputStream in = new ClassPathResource(RULES).getInputStream()) {
			List<Rule> rules = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#")) {
					continue;
				}
				String[] parts = trimmed.split("\\|");
				if (parts.length < 2) {
					throw new IllegalStateException(RULES + ": no phrase in \"" + line + "\"");
				}
				Kind kind = Kind.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
				String phrase = parts[1].strip();
				String suggestion = (parts.length > 2 && !parts[2].isBlank()) ? parts[2].strip() : null;
				rules.add(new Rule(kind, phrase, compile(phrase), suggestion));
			}
			return List.copyOf(rules);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whole words, any case; "*" ends a word with anything; a space matches spaces and
	 * hyphens.
	 */
	static Pattern compile(String phrase) {
		StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
		String[] words = phrase.split("\\s+");
		for (int i = 0; i < words.length; i++) {
			if (i > 0) {
				regex.append("[\\s\\-]+");
			}
			String word = words[i];
			boolean open = word.endsWith("*");
			if (open) {
				word = word.substring(0, word.length() - 1);
			}
			regex.append(Pattern.quote(word));
			if (open) {
				regex.append("[\\p{L}\\-]*");
			}
		}
		regex.append("(?![\\p{L}\\p{N}])");
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

}
