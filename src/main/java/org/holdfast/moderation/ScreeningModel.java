package org.holdfast.moderation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.holdfast.moderation.Screening.Kind;

import org.springframework.core.io.ClassPathResource;

/**
 * What the rules miss: people in crisis rarely use the textbook words. A small naive
 * Bayes model per kind, over words and word pairs, learned at start-up from example posts
 * ({@code classpath:moderation/examples/<kind>.tsv}, {@code yes}/{@code no} and the
 * text), runs on this server like the rules. It gives a score; above the kind's threshold
 * the post is flagged, and the result names "model", never the words.
 *
 * <p>
 * The thresholds were chosen by cross-validation between the two sets of examples (learn
 * from one, measure on the other): the highest recall with at most 8 % false alarms. The
 * tests measure the model on a third set it never learns from.
 */
final class ScreeningModel {

	static final Map<Kind, Double> THRESHOLDS = Map.of(Kind.CRISIS, 4.0, Kind.METHOD, 2.5, Kind.CONTACT, 1.0);

	private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

	/**
	 * One kind's counts: how many examples each way, and in how many each feature came.
	 */
	private record Counts(int yes, int no, Map<String, int[]> features) {
	}

	private final Map<Kind, Counts> counts = new EnumMap<>(Kind.class);

	private final UnaryOperator<String> prepare;

	/**
	 * @param prepare what is done to every text before it is read (normalising, crisis
	 * lines made one word), the same for learning and scoring
	 */
	ScreeningModel(UnaryOperator<String> prepare) {
		this.prepare = prepare;
		for (Kind kind : Kind.values()) {
			this.counts.put(kind, learn(read(kind)));
		}
	}

	/** How strongly the text looks like the kind's yes examples (0 is even). */
	double score(Kind kind, String text) {
		Counts learned = this.counts.get(kind);
		double score = Math.log((double) learned.yes() / learned.no());
		for (String feature : features(this.prepare.apply(text))) {
			int[] seen = learned.features().get(feature);
			if (seen != null) {
				score += Math.log((seen[0] + 1.0) / (learned.yes() + 2.0))
						- Math.log((seen[1] + 1.0) / (learned.no() + 2.0));
			}
		}
		return score;
	}

	boolean flags(Kind kind, String text) {
		return score(kind, text) > THRESHOLDS.get(kind);
	}

	private Counts learn(List<Map.Entry<Boolean, String>> examples) {
		int yes = 0;
		int no = 0;
		Map<String, int[]> features = new HashMap<>();
		for (Map.Entry<Boolean, String> example : examples) {
			boolean flagged = example.getKey();
			if (flagged) {
				yes++;
			}
			else {
				no++;
			}
			for (String feature : features(this.prepare.apply(example.getValue()))) {
				features.computeIfAbsent(feature, (f) -> new int[2])[flagged ? 0 : 1]++;
			}
		}
		return new Counts(yes, no, Map.copyOf(features));
	}

	/** The words and the pairs of neighbouring words, each once. */
	static Set<String> features(String prepared) {
		List<String> words = new ArrayList<>();
		Matcher word = WORD.matcher(prepared);
		while (word.find()) {
			words.add(word.group());
		}
		Set<String> features = new HashSet<>(words);
		for (int i = 1; i < words.size(); i++) {
			features.add(words.get(i - 1) + "_" + words.get(i));
		}
		return features;
	}

	/** The example posts for a kind: true for one that should be flagged. */
	static List<Map.Entry<Boolean, String>> read(Kind kind) {
		String name = "moderation/examples/" + kind.name().toLowerCase(Locale.ROOT) + ".tsv";
		List<Map.Entry<Boolean, String>> examples = new ArrayList<>();
		try (InputStream in = new ClassPathResource(name).getInputStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t", 2);
				if (fields.length != 2 || !(fields[0].equals("yes") || fields[0].equals("no"))) {
					throw new IllegalStateException(name + ": each line is yes or no, a tab, then the text");
				}
				examples.add(Map.entry(fields[0].equals("yes"), fields[1]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return examples;
	}

}
