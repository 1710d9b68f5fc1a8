package org.holdfast.moderation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.holdfast.moderation.Screening.Kind;

import org.springframework.core.io.ClassPathResource;

/**
 * How the screening in force does on posts whose answer is known: the examples the model
 * learns from (and the rules were tuned on), and the held-out posts
 * ({@code classpath:moderation/held-out/}), written separately by people who never saw
 * the rules, the model or the examples, and never learned from. The held-out figures are
 * the honest ones; the tests hold them to targets, and moderators see both after changing
 * a rule.
 *
 * <p>
 * Help is what counts: a crisis post the screening calls an emergency still shows its
 * writer the crisis lines, so it counts as caught for crisis. An emergency must be called
 * an emergency, because only then does the emergency number come first.
 */
final class ScreeningCheck {

	/** At most this many mistakes of each sort are listed on the moderators' page. */
	static final int SHOWN = 10;

	/**
	 * The held-out sets ({@code posts-<set>.tsv}), each written by a different writer who
	 * never saw the rules, the model or the examples. The model never learns from them.
	 * Each was measured once on its own before its misses were read and the rules were
	 * tuned against them ({@code held-out/README.md} keeps those first figures): a, then
	 * b, c and d.
	 */
	static final List<String> HELD_OUT = List.of("a", "b", "c", "d");

	/**
	 * One kind's figures: how many posts should be flagged and were, and how many of
	 * those that should not (for held-out sets, the ordinary posts) were.
	 */
	record Figures(Kind kind, int positives, int caught, int negatives, int falseAlarms, List<String> missed,
			List<String> wronglyFlagged) {

		double recall() {
			return (this.positives == 0) ? 1 : (double) this.caught / this.positives;
		}

		double falseAlarmRate() {
			return (this.negatives == 0) ? 0 : (double) this.falseAlarms / this.negatives;
		}

	}

	/**
	 * A set's figures: per kind, and how many ordinary posts were stopped for anything
	 * (shown a screen, held or refused).
	 */
	record Check(String set, boolean heldOut, List<Figures> kinds, int ordinary, int stopped,
			List<String> stoppedPosts) {

		double stoppedRate() {
			return (this.ordinary == 0) ? 0 : (double) this.stopped / this.ordinary;
		}

		Figures of(Kind kind) {
			return this.kinds.stream().filter((f) -> f.kind() == kind).findFirst().orElseThrow();
		}

	}

	/** A post and what it should be flagged for ({@link Kind#NONE} alone if nothing). */
	record Labelled(Set<Kind> labels, String text) {
	}

	private ScreeningCheck() {
	}

	/** The examples and every held-out set, through the screening given. */
	static List<Check> all(Screening screening, int shown) {
		List<Check> checks = new ArrayList<>();
		checks.add(examples(screening, shown));
		HELD_OUT.forEach((set) -> checks.add(heldOut(screening, set, shown)));
		return checks;
	}

	/**
	 * The examples: each kind's own yes and no posts, and the ordinary posts every kind
	 * learns from.
	 */
	static Check examples(Screening screening, int shown) {
		List<Figures> kinds = new ArrayList<>();
		for (Kind kind : Kind.FLAGS) {
			Tally tally = new Tally(kind, shown);
			List<Map.Entry<Boolean, String>> examples = ScreeningModel.read(kind);
			List<Screening.Result> results = screenAll(screening, examples.stream().map(Map.Entry::getValue).toList());
			for (int i = 0; i < examples.size(); i++) {
				Map.Entry<Boolean, String> example = examples.get(i);
				tally.add(example.getKey(), flagged(results.get(i), kind), example.getValue());
			}
			kinds.add(tally.figures());
		}
		Tally stopped = new Tally(Kind.NONE, shown);
		List<Map.Entry<Boolean, String>> ordinary = ScreeningModel.readOrdinary();
		List<Screening.Result> results = screenAll(screening, ordinary.stream().map(Map.Entry::getValue).toList());
		for (int i = 0; i < ordinary.size(); i++) {
			stopped.add(false, !results.get(i).isClear(), ordinary.get(i).getValue());
		}
		Figures none = stopped.figures();
		return new Check("examples", false, kinds, none.negatives(), none.falseAlarms(), none.wronglyFlagged());
	}

	/** A held-out set of labelled posts. */
	static Check heldOut(Screening screening, String set, int shown) {
		List<Labelled> posts = read("moderation/held-out/posts-" + set + ".tsv");
		List<Screening.Result> results = screenAll(screening, posts.stream().map(Labelled::text).toList());
		List<Figures> kinds = new ArrayList<>();
		for (Kind kind : Kind.FLAGS) {
			Tally tally = new Tally(kind, shown);
			for (int i = 0; i < posts.size(); i++) {
				Labelled post = posts.get(i);
				boolean flagged = flagged(results.get(i), kind);
				if (post.labels().contains(kind)) {
					tally.add(true, flagged, post.text());
				}
				else if (post.labels().contains(Kind.NONE)) {
					tally.add(false, flagged, post.text());
				}
			}
			kinds.add(tally.figures());
		}
		Tally stopped = new Tally(Kind.NONE, shown);
		for (int i = 0; i < posts.size(); i++) {
			if (posts.get(i).labels().contains(Kind.NONE)) {
				stopped.add(false, !results.get(i).isClear(), posts.get(i).text());
			}
		}
		Figures ordinary = stopped.figures();
		return new Check(set, true, kinds, ordinary.negatives(), ordinary.falseAlarms(), ordinary.wronglyFlagged());
	}

	/**
	 * Screens every text, in order, on every core: a moderator is waiting for the page.
	 */
	private static List<Screening.Result> screenAll(Screening screening, List<String> texts) {
		return texts.parallelStream().map(screening::screen).toList();
	}

	/** Whether the result answers the kind: for crisis, an emergency does. */
	static boolean flagged(Screening.Result result, Kind kind) {
		return result.has(kind) || (kind == Kind.CRISIS && result.has(Kind.EMERGENCY));
	}

	/**
	 * Reads labelled posts: labels joined with + ({@code crisis+method}, {@code none}), a
	 * tab, the text; # starts a comment.
	 */
	static List<Labelled> read(String name) {
		List<Labelled> posts = new ArrayList<>();
		try (InputStream in = new ClassPathResource(name).getInputStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t", 2);
				if (fields.length != 2) {
					throw new IllegalStateException(name + " line " + number + ": labels, a tab, then the text");
				}
				Set<Kind> labels = EnumSet.noneOf(Kind.class);
				for (String label : fields[0].strip().split("\\+")) {
					labels.add(Kind.valueOf(label.strip().toUpperCase(Locale.ROOT)));
				}
				if (labels.contains(Kind.NONE) && labels.size() > 1) {
					throw new IllegalStateException(name + " line " + number + ": none goes alone");
				}
				posts.add(new Labelled(labels, fields[1]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return posts;
	}

	/** Counts for one kind as posts are run through. */
	private static final class Tally {

		private final Kind kind;

		private int positives;

		private int caught;

		private int negatives;

		private int alarms;

		private final List<String> missed = new ArrayList<>();

		private final List<String> wrong = new ArrayList<>();

		private final int shown;

		Tally(Kind kind, int shown) {
			this.kind = kind;
			this.shown = shown;
		}

		void add(boolean expected, boolean flagged, String text) {
			if (expected) {
				this.positives++;
				this.caught += flagged ? 1 : 0;
				if (!flagged && this.missed.size() < this.shown) {
					this.missed.add(text);
				}
			}
			else {
				this.negatives++;
				this.alarms += flagged ? 1 : 0;
				if (flagged && this.wrong.size() < this.shown) {
					this.wrong.add(text);
				}
			}
		}

		Figures figures() {
			return new Figures(this.kind, this.positives, this.caught, this.negatives, this.alarms,
					List.copyOf(this.missed), List.copyOf(this.wrong));
		}

	}

}
