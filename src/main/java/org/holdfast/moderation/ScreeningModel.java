package org.holdfast.moderation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.holdfast.moderation.Screening.Kind;

import org.springframework.core.io.ClassPathResource;

/**
 * What the rules miss: people in crisis rarely use the textbook words. A small logistic
 * regression per kind, over words, pairs of neighbouring words and the first five letters
 * of longer words (so "suicdal" and "suicidal" share a feature), learned at start-up from
 * example posts ({@code classpath:moderation/examples/<kind>.tsv}, {@code yes}/{@code no}
 * and the text, and the ordinary posts in {@code none.tsv} for every kind). It runs on
 * this server like the rules, learns the same way every time (a fixed order), and gives a
 * score: above the kind's threshold the text is flagged, and the result names "model",
 * never the words.
 *
 * <p>
 * The thresholds were chosen by five-fold cross-validation on the examples (learn from
 * four fifths, score the fifth), trading recall for false alarms kind by kind: crisis
 * leans furthest towards help, because a false alarm costs one page with help on it. The
 * tests measure the model, with the rules, on held-out posts it never learns from.
 */
final class ScreeningModel {

	static final Map<Kind, Double> THRESHOLDS = Map.of(Kind.EMERGENCY, 0.5, Kind.CRISIS, 0.5, Kind.METHOD, 1.5,
			Kind.CONTACT, 1.5);

	private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

	/** Passes over the examples while learning. */
	private static final int EPOCHS = 30;

	private static final double RATE = 0.3;

	/**
	 * How strongly weights are pulled towards zero, against learning the examples by
	 * heart.
	 */
	private static final double L2 = 0.001;

	/** One kind's learned weights. */
	private record Weights(double bias, Map<String, Double> features) {
	}

	private final Map<Kind, Weights> weights = new EnumMap<>(Kind.class);

	private final UnaryOperator<String> prepare;

	/**
	 * @param prepare what is done to every text before it is read (normalising, crisis
	 * lines made one word), the same for learning and scoring
	 */
	ScreeningModel(UnaryOperator<String> prepare) {
		this(prepare, ScreeningModel::read);
	}

	/** A model learned from the examples given for each kind (for cross-validation). */
	ScreeningModel(UnaryOperator<String> prepare, Function<Kind, List<Map.Entry<Boolean, String>>> examples) {
		this.prepare = prepare;
		for (Kind kind : Kind.FLAGS) {
			this.weights.put(kind, learn(examples.apply(kind)));
		}
	}

	/** How strongly the text looks like the kind's yes examples (0 is even odds). */
	double score(Kind kind, String text) {
		Weights learned = this.weights.get(kind);
		double score = learned.bias();
		for (String feature : features(this.prepare.apply(text))) {
			score += learned.features().getOrDefault(feature, 0.0);
		}
		return score;
	}

	boolean flags(Kind kind, String text) {
		return flags(kind, score(kind, text));
	}

	static boolean flags(Kind kind, double score) {
		return score > THRESHOLDS.get(kind);
	}

	/**
	 * Logistic regression by stochastic gradient descent with per-feature step sizes
	 * (AdaGrad), yes and no examples weighted to count equally.
	 */
	private Weights learn(List<Map.Entry<Boolean, String>> examples) {
		List<List<String>> texts = new ArrayList<>();
		int yes = 0;
		for (Map.Entry<Boolean, String> example : examples) {
			texts.add(List.copyOf(new TreeSet<>(features(this.prepare.apply(example.getValue())))));
			yes += example.getKey() ? 1 : 0;
		}
		int no = examples.size() - yes;
		double yesWeight = (yes == 0) ? 0 : examples.size() / (2.0 * yes);
		double noWeight = (no == 0) ? 0 : examples.size() / (2.0 * no);
		Map<String, double[]> learned = new HashMap<>();
		double[] bias = new double[2];
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < examples.size(); i++) {
			order.add(i);
		}
		Random random = new Random(20261203L);
		for (int epoch = 0; epoch < EPOCHS; epoch++) {
			Collections.shuffle(order, random);
			for (int i : order) {
				boolean positive = examples.get(i).getKey();
				List<String> features = texts.get(i);
				double z = bias[0];
				for (String feature : features) {
					double[] w = learned.get(feature);
					z += (w != null) ? w[0] : 0;
				}
				double gradient = (1 / (1 + Math.exp(-z)) - (positive ? 1 : 0)) * (positive ? yesWeight : noWeight);
				step(bias, gradient);
				for (String feature : features) {
					double[] w = learned.computeIfAbsent(feature, (f) -> new double[2]);
					step(w, gradient + L2 * w[0]);
				}
			}
		}
		Map<String, Double> features = new HashMap<>();
		learned.forEach((feature, w) -> features.put(feature, w[0]));
		return new Weights(bias[0], Map.copyOf(features));
	}

	/** One AdaGrad step on a weight ({@code w[0]}) and its squared-gradient sum. */
	private static void step(double[] w, double gradient) {
		w[1] += gradient * gradient;
		w[0] -= RATE * gradient / Math.sqrt(w[1] + 1e-8);
	}

	/**
	 * The words, their first five letters and the pairs of neighbouring words, each once.
	 */
	static Set<String> features(String prepared) {
		List<String> words = new ArrayList<>();
		Matcher word = WORD.matcher(prepared);
		while (word.find()) {
			words.add(word.group());
		}
		Set<String> features = new HashSet<>(words);
		for (String each : words) {
			if (each.length() > 5) {
				features.add(each.substring(0, 5) + "~");
			}
		}
		for (int i = 1; i < words.size(); i++) {
			features.add(words.get(i - 1) + "_" + words.get(i));
		}
		return features;
	}

	/**
	 * The example posts for a kind, true for one that should be flagged; the ordinary
	 * posts every kind learns from ({@code none.tsv}) come last.
	 */
	static List<Map.Entry<Boolean, String>> read(Kind kind) {
		List<Map.Entry<Boolean, String>> examples = new ArrayList<>(read(kind.name().toLowerCase(Locale.ROOT)));
		examples.addAll(readOrdinary());
		return examples;
	}

	/** The ordinary posts that every kind learns from as ones not to flag. */
	static List<Map.Entry<Boolean, String>> readOrdinary() {
		return read("none");
	}

	private static List<Map.Entry<Boolean, String>> read(String file) {
		String name = "moderation/examples/" + file + ".tsv";
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
