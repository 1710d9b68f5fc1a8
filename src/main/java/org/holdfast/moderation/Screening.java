package org.holdfast.moderation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.holdfast.crisis.Country;
import org.holdfast.crisis.CrisisDirectory;
import org.holdfast.crisis.CrisisLine;
import org.holdfast.crisis.PhoneNumber;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Checks what someone is about to post, or say in a chat, on this server and nowhere
 * else. Text goes in; a {@link Result} comes out with the most urgent {@link Kind} found
 * and the names of the rules that matched, never the words, so it can be logged. What
 * happens next (help first, holding for review, refusing with a reason) is the caller's.
 *
 * <p>
 * Help comes first, so the checks lean that way. The rules are data that moderators tune
 * ({@link ScreeningRules}, shipped in {@code classpath:moderation/screening-rules.txt}),
 * each a regular expression tried on every sentence after normalising. An exception (an
 * "unless" rule: a story from years ago, someone else's words) excuses a match only in
 * the clause where the match is, so "I used to cope, but now I want to die" and "she said
 * I'm a burden and I'm ending it tonight" are still caught. A figure of speech ("dying to
 * know") is taken out of the sentence before the rules read it, so the figure excuses
 * nothing but itself. What the rules miss, a small model learned from example posts may
 * catch ({@link ScreeningModel}); its hit is excused only by an exception in the sentence
 * that carries it (or a "model-unless" rule there), and because it is less sure, callers
 * never refuse a post on its word alone ({@link Result#onlyByModel}). Phone numbers are
 * found here in code: a run of 9 to 15 digits (7 after "call", "text", "my number" or a
 * +), unless it is a crisis line from the directory or a labelled reference number; or
 * nine or more digits spelt out in words.
 */
@Component
public class Screening {

	/** What text can be flagged for, most urgent first. */
	public enum Kind {

		/** A medical emergency now: something harmful taken, bleeding that won't stop. */
		EMERGENCY,

		/** The writer may be in danger of acting on thoughts of suicide. */
		CRISIS,

		/** Method or means detail. */
		METHOD,

		/** Contact details, or arranging contact off the site. */
		CONTACT,

		/** Nothing found. */
		NONE;

		/** The kinds a rule can flag: all but {@link #NONE}. */
		public static final List<Kind> FLAGS = List.of(EMERGENCY, CRISIS, METHOD, CONTACT);

		/** Whether the writer should see help before anything else. */
		public boolean needsHelp() {
			return this == EMERGENCY || this == CRISIS;
		}

	}

	/** How a rule acts on its kind. */
	enum Mode {

		/** A match flags the kind. */
		MATCH,

		/** A match in the same clause excuses the kind's matches. */
		UNLESS,

		/** A match in the same sentence excuses what only the model flagged. */
		MODEL_UNLESS,

		/** The matched words are a figure of speech and are taken out before matching. */
		FIGURE

	}

	/**
	 * A rule: its kind, how it acts, its name and its pattern. No rule (even one a
	 * moderator writes) can be made to hang on a crafted post: see {@link RulePattern}.
	 */
	record Rule(Kind kind, Mode mode, String name, RulePattern pattern) {
	}

	/**
	 * What the check found.
	 *
	 * @param kinds every kind found
	 * @param rules the names of the rules that matched, as {@code kind:name}
	 * @param modelOnly the kinds that only the model found
	 */
	public record Result(Set<Kind> kinds, List<String> rules, Set<Kind> modelOnly) {

		public Result {
			kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
			rules = List.copyOf(rules);
			modelOnly = Set.copyOf(modelOnly);
		}

		/** The most urgent kind found, or {@link Kind#NONE}. */
		public Kind kind() {
			return Kind.FLAGS.stream().filter(this.kinds::contains).findFirst().orElse(Kind.NONE);
		}

		public boolean has(Kind kind) {
			return this.kinds.contains(kind);
		}

		/** Whether the writer should see help first: an emergency or crisis language. */
		public boolean needsHelp() {
			return kind().needsHelp();
		}

		/**
		 * Whether only the model, not a rule, found this kind: too unsure to refuse on.
		 */
		public boolean onlyByModel(Kind kind) {
			return this.modelOnly.contains(kind);
		}

		public boolean isClear() {
			return this.kinds.isEmpty();
		}

	}

	static final String RULES = "moderation/screening-rules.txt";

	private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?;])\\s+|\\R+");

	/**
	 * Words that start a new statement within a sentence: a clause begins at the first of
	 * a run of them ("but now i…").
	 */
	private static final Set<String> CONNECTIVES = Set.of("but", "and", "so", "then", "because", "cos", "coz", "cuz",
			"bc", "until", "till", "though", "although", "however", "yet", "except", "whereas", "while", "now",
			"anyway", "tho", "plus", "also", "honestly", "tbh", "still");

	/**
	 * The words after which "so" starts a new statement ("so i…") rather than saying how
	 * much ("so much blood").
	 */
	private static final Set<String> SO_STARTS = Set.of("i", "im", "ive", "ill", "id", "we", "you", "u", "he", "she",
			"they", "it", "its", "thats", "now", "then", "tonight", "today", "yeah", "idk", "whatever", "anyway", "my",
			"if", "when", "please", "pls");

	/** Words after which a connective is part of a phrase: "back then", "right now". */
	private static final Set<String> BOUND_BEFORE = Set.of("back", "since", "by", "until", "till", "til", "from",
			"just", "right", "for", "even", "only", "up", "and", "but");

	/** Connectives that turn away from what came before, so no lead-in joins them. */
	private static final Set<String> TURNS = Set.of("but", "now", "though", "although", "however", "yet", "still",
			"tho", "except", "whereas");

	private static final Pattern WORD_OR_BREAK = Pattern.compile("[,:;()]|\\s-+\\s|[^\\s,:;()]+");

	/**
	 * A clause this short before a comma, with one of these words, is a phrase leading
	 * into the next one ("two years ago, …", "back then, …", "when i was 14, …"), so the
	 * two are read together, unless the next one turns away from it ("…, but now …").
	 */
	private static final int LEAD_IN_WORDS = 4;

	private static final Set<String> LEAD_INS = Set.of("ago", "back", "when", "then", "last", "in", "at", "as", "since",
			"before", "after", "once", "during", "aged", "age", "year", "years", "month", "months", "week", "weeks");

	private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\w/.])\\+?\\(?\\d[\\d ().\\-]{5,24}\\d(?![\\w/])");

	private static final Pattern NOT_A_PHONE = Pattern.compile(
			"\\b(order|ref|reference|tracking|invoice|account|acct|case|ticket|serial|isbn|nhs number|parcel)\\b.{0,30}$");

	/** Any number at all, as the model reads it (a crisis line's can be five digits). */
	private static final Pattern ANY_NUMBER = Pattern.compile("\\+?\\d[\\d ().\\-]*\\d|\\d");

	/**
	 * Words just before a number that say it is one to call: then seven digits will do.
	 */
	private static final Pattern ASKED = Pattern
		.compile("\\b(text|call|ring|whats ?app|sms|phone|number|mobile|cell|digits)\\b[^\\d]{0,15}$");

	private static final Pattern TOKENS = Pattern.compile("[a-z]+|\\d+");

	/** Number words and how many digits each stands for. */
	private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("zero", 1), Map.entry("oh", 1),
			Map.entry("o", 1), Map.entry("nought", 1), Map.entry("one", 1), Map.entry("two", 1), Map.entry("three", 1),
			Map.entry("four", 1), Map.entry("five", 1), Map.entry("six", 1), Map.entry("seven", 1),
			Map.entry("eight", 1), Map.entry("nine", 1), Map.entry("hundred", 2), Map.entry("thousand", 3));

	private final Supplier<List<Rule>> rules;

	private final Set<String> crisisNumbers;

	private final ScreeningModel model;

	@Autowired
	Screening(ScreeningRules rules, CrisisDirectory directory) {
		this(rules::current, directory);
	}

	/** Screening with fixed rules, as the tests use it. */
	Screening(List<Rule> rules, CrisisDirectory directory) {
		this(() -> rules, directory);
	}

	private Screening(Supplier<List<Rule>> rules, CrisisDirectory directory) {
		this.rules = rules;
		Set<String> numbers = new LinkedHashSet<>();
		for (Country country : directory.countries()) {
			for (CrisisLine line : country.lines()) {
				line.calls().stream().map(PhoneNumber::dial).map(Screening::digits).forEach(numbers::add);
				if (line.text() != null) {
					numbers.add(digits(line.text().number().dial()));
				}
			}
		}
		this.crisisNumbers = Set.copyOf(numbers);
		this.model = new ScreeningModel(this::prepare);
	}

	/** Checks the text (a title and body together, say, or one chat message). */
	public Result screen(String text) {
		List<Rule> rules = this.rules.get();
		Map<Kind, Set<String>> found = new EnumMap<>(Kind.class);
		List<String> sentences = sentences(normalise(text));
		for (Kind kind : Kind.FLAGS) {
			for (String sentence : sentences) {
				String plain = withoutFigures(rules, kind, sentence);
				for (Rule rule : rules) {
					if (rule.kind() == kind && rule.mode() == Mode.MATCH && matchesUnexcused(rules, rule, plain)) {
						found.computeIfAbsent(kind, (k) -> new LinkedHashSet<>()).add(rule.name());
					}
				}
			}
		}
		Set<Kind> modelOnly = EnumSet.noneOf(Kind.class);
		for (Kind kind : Kind.FLAGS) {
			if (!found.containsKey(kind) && modelFlags(rules, kind, sentences)) {
				found.put(kind, new LinkedHashSet<>(List.of("model")));
				modelOnly.add(kind);
			}
		}
		if (hasPhoneNumber(text)) {
			modelOnly.remove(Kind.CONTACT);
			found.computeIfAbsent(Kind.CONTACT, (k) -> new LinkedHashSet<>()).add("phone");
		}
		if (hasNumberInWords(text)) {
			modelOnly.remove(Kind.CONTACT);
			found.computeIfAbsent(Kind.CONTACT, (k) -> new LinkedHashSet<>()).add("phone-words");
		}
		List<String> names = new ArrayList<>();
		found.forEach(
				(kind, list) -> list.forEach((name) -> names.add(kind.name().toLowerCase(Locale.ROOT) + ":" + name)));
		return new Result(found.keySet(), names, modelOnly);
	}

	/**
	 * Whether the rule matches somewhere in the sentence that no exception of its kind
	 * excuses. An exception counts only in the clause where the match ends, which is
	 * where its statement is made: in "he told me to kill myself and I think I will" the
	 * intent is the writer's own, and in "tomorrow, after my driving test, I'm doing it"
	 * the test excuses nothing.
	 */
	private static boolean matchesUnexcused(List<Rule> rules, Rule rule, String sentence) {
		List<int[]> clauses = null;
		for (int[] match : rule.pattern().matches(sentence)) {
			if (clauses == null) {
				clauses = clauses(sentence);
			}
			int last = Math.max(match[0], match[1] - 1);
			int from = 0;
			int to = sentence.length();
			for (int[] clause : clauses) {
				if (clause[0] <= last) {
					from = clause[0];
					to = clause[1];
				}
			}
			if (!excused(rules, rule.kind(), sentence.substring(from, Math.max(from, to)), Mode.UNLESS)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The sentence's clauses as [start, end) offsets, in order: it divides at punctuation
	 * and before a run of connectives, and a short lead-in before a comma joins the
	 * clause after it.
	 */
	static List<int[]> clauses(String sentence) {
		List<MatchResult> tokens = WORD_OR_BREAK.matcher(sentence).results().toList();
		List<int[]> clauses = new ArrayList<>();
		int[] clause = null;
		int first = 0;
		int words = 0;
		boolean leadIn = false;
		boolean afterConnective = false;
		for (int i = 0; i < tokens.size(); i++) {
			String text = tokens.get(i).group().strip();
			if (text.isEmpty() || ",:;()".contains(text) || text.chars().allMatch((c) -> c == '-')) {
				if (clause != null) {
					leadIn = text.equals(",") && words <= LEAD_IN_WORDS
							&& tokens.subList(first, i).stream().anyMatch((t) -> LEAD_INS.contains(t.group()));
					clause = null;
				}
				afterConnective = false;
				continue;
			}
			String next = (i + 1 < tokens.size()) ? tokens.get(i + 1).group() : "";
			String previous = (i > 0) ? tokens.get(i - 1).group() : "";
			boolean connective = CONNECTIVES.contains(text) && (!text.equals("so") || SO_STARTS.contains(next))
					&& !BOUND_BEFORE.contains(previous);
			if (clause != null && connective && !afterConnective) {
				clause = null;
				leadIn = false;
			}
			if (clause == null) {
				if (leadIn && !TURNS.contains(text) && !clauses.isEmpty()) {
					clause = clauses.get(clauses.size() - 1);
					words = LEAD_IN_WORDS + 1;
				}
				else {
					first = i;
					clause = new int[] { tokens.get(i).start(), tokens.get(i).end() };
					clauses.add(clause);
					words = 0;
				}
				leadIn = false;
			}
			clause[1] = tokens.get(i).end();
			words++;
			afterConnective = connective;
		}
		return clauses;
	}

	/**
	 * Whether the model flags the kind, and not every sentence that carries its hit is
	 * excused. The sentences that carry it are those it flags on their own, or if none
	 * does, the one it scores highest.
	 */
	private boolean modelFlags(List<Rule> rules, Kind kind, List<String> sentences) {
		List<String> plain = sentences.stream().map((s) -> withoutFigures(rules, kind, s)).toList();
		// A figure of speech makes the model less sure: it must flag the text read both
		// with and without it.
		if (!this.model.flags(kind, String.join("\n", plain))
				|| !plain.equals(sentences) && !this.model.flags(kind, String.join("\n", sentences))) {
			return false;
		}
		List<Integer> carriers = new ArrayList<>();
		int best = 0;
		double bestScore = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < plain.size(); i++) {
			double score = this.model.score(kind, plain.get(i));
			if (ScreeningModel.flags(kind, score)) {
				carriers.add(i);
			}
			if (score > bestScore) {
				bestScore = score;
				best = i;
			}
		}
		if (carriers.isEmpty()) {
			carriers.add(best);
		}
		return carriers.stream().anyMatch((i) -> !excusedForModel(rules, kind, sentences.get(i), plain.get(i)));
	}

	/**
	 * Whether an exception, or a rule that excuses the model, matches the sentence as
	 * written or with its figures of speech taken out.
	 */
	private boolean excusedForModel(List<Rule> rules, Kind kind, String sentence, String plain) {
		return excused(rules, kind, plain, Mode.UNLESS) || excused(rules, kind, prepare(sentence), Mode.MODEL_UNLESS)
				|| excused(rules, kind, prepare(plain), Mode.MODEL_UNLESS);
	}

	private static boolean excused(List<Rule> rules, Kind kind, String text, Mode mode) {
		for (Rule rule : rules) {
			if (rule.kind() == kind && rule.mode() == mode && rule.pattern().find(text)) {
				return true;
			}
		}
		return false;
	}

	/** The sentence with the kind's figures of speech replaced by a dash. */
	private static String withoutFigures(List<Rule> rules, Kind kind, String sentence) {
		String plain = sentence;
		for (Rule rule : rules) {
			if (rule.kind() == kind && rule.mode() == Mode.FIGURE) {
				plain = rule.pattern().replaceAll(plain, " - ");
			}
		}
		return plain;
	}

	static List<String> sentences(String normalised) {
		return List.of(SENTENCES.split(normalised)).stream().filter((s) -> !s.isBlank()).toList();
	}

	/**
	 * The text as the model reads it: normalised, with every crisis line's number made
	 * the one word "crisisline", so that pointing someone to a helpline never reads as
	 * sharing a number.
	 */
	String prepare(String text) {
		String folded = normalise(text);
		Matcher run = ANY_NUMBER.matcher(folded);
		StringBuilder prepared = new StringBuilder();
		while (run.find()) {
			run.appendReplacement(prepared, this.crisisNumbers.contains(digits(run.group())) ? " crisisline "
					: Matcher.quoteReplacement(run.group()));
		}
		run.appendTail(prepared);
		return prepared.toString();
	}

	/**
	 * A phone number: 9 to 15 digits written together (spaces, dots, dashes and brackets
	 * allowed), not a crisis line's, not a date and not a labelled reference number.
	 */
	private boolean hasPhoneNumber(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		Matcher run = DIGIT_RUN.matcher(folded);
		while (run.find()) {
			String digits = digits(run.group());
			boolean asked = run.group().startsWith("+")
					|| ASKED.matcher(folded.substring(Math.max(0, run.start() - 20), run.start())).find();
			if (digits.length() < (asked ? 7 : 9) || digits.length() > 15) {
				continue;
			}
			if (this.crisisNumbers.contains(digits) || isDate(run.group())) {
				continue;
			}
			if (NOT_A_PHONE.matcher(folded.substring(Math.max(0, run.start() - 30), run.start())).find()) {
				continue;
			}
			return true;
		}
		return false;
	}

	/**
	 * A phone number written in words ("oh seven seven double oh nine…"): nine or more
	 * digits in a row, at least three of them as words.
	 */
	static boolean hasNumberInWords(String text) {
		Matcher token = TOKENS.matcher(normalise(text));
		int digits = 0;
		int words = 0;
		int times = 1;
		while (token.find()) {
			String word = token.group();
			if (word.equals("double") || word.equals("triple")) {
				times = word.equals("double") ? 2 : 3;
				continue;
			}
			boolean number = Character.isDigit(word.charAt(0));
			if (number || NUMBER_WORDS.containsKey(word)) {
				digits += (number ? word.length() : NUMBER_WORDS.get(word)) * times;
				words += number ? 0 : 1;
				times = 1;
				if (digits >= 9 && words >= 3) {
					return true;
				}
			}
			else {
				digits = 0;
				words = 0;
				times = 1;
			}
		}
		return false;
	}

	private static boolean isDate(String run) {
		return run.strip().matches("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}");
	}

	private static String digits(String text) {
		return text.replaceAll("\\D", "");
	}

	/**
	 * Lower case, compatibility forms folded, curly quotes straightened and apostrophes
	 * dropped, spaces squeezed: what every rule is written against.
	 */
	static String normalise(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC)
			.toLowerCase(Locale.ROOT)
			.replace('\u2019', '\'')
			.replace('\u2018', '\'')
			.replace('\u201c', '"')
			.replace('\u201d', '"')
			.replace('`', '\'')
			.replace("'", "")
			.replaceAll("[\\t\\x0B\\f ]+", " ");
	}

	/**
	 * Reads rules: kind (with "-unless", "-model-unless" or "-figure" for the other
	 * modes), name and pattern, tab-separated; # starts a comment.
	 */
	static List<Rule> load(Resource resource) {
		List<Rule> rules = new ArrayList<>();
		try (InputStream in = resource.getInputStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t", 3);
				if (fields.length != 3) {
					throw new IllegalStateException(
							RULES + " line " + number + ": kind, name and pattern, tab-separated");
				}
				String[] kindAndMode = fields[0].split("-", 2);
				try {
					Kind kind = Kind.valueOf(kindAndMode[0].toUpperCase(Locale.ROOT));
					Mode mode = (kindAndMode.length == 1) ? Mode.MATCH
							: Mode.valueOf(kindAndMode[1].replace('-', '_').toUpperCase(Locale.ROOT));
					if (kind == Kind.NONE) {
						throw new IllegalArgumentException("no rule flags nothing");
					}
					if (rules.stream().anyMatch((rule) -> rule.name().equals(fields[1]))) {
						throw new IllegalStateException(RULES + " line " + number + ": the name " + fields[1]
								+ " is used twice (names are what moderators and logs see)");
					}
					if (ScreeningRules.problem(fields[2]).isPresent()) {
						throw new IllegalStateException(RULES + " line " + number + " (" + fields[1]
								+ "): the pattern must be 1 to " + ScreeningRules.MAX_PATTERN
								+ " characters, compile, and not match empty text");
					}
					rules.add(new Rule(kind, mode, fields[1], RulePattern.compile(fields[2])));
				}
				catch (com.google.re2j.PatternSyntaxException ex) {
					throw new IllegalStateException(
							RULES + " line " + number + " (" + fields[1] + "): " + ex.getMessage(), ex);
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalStateException(RULES + " line " + number + ": unknown kind " + fields[0], ex);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rules;
	}

}
