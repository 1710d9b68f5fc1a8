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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Supplier;
import java.util.regex.PatternSyntaxException;

import org.holdfast.crisis.Country;
import org.holdfast.crisis.CrisisDirectory;
import org.holdfast.crisis.CrisisLine;
import org.holdfast.crisis.PhoneNumber;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Checks what someone is about to post for three things, on this server and nowhere else:
 * crisis language (they may be in danger now), method or means detail, and contact
 * details or arranging contact off the site. It only decides; what happens next (help
 * first, holding for review, refusing with a reason) is the forum's. Its answer names the
 * rules that matched, never the words, so it can be logged.
 *
 * <p>
 * The rules are data that moderators tune ({@link ScreeningRules}, first loaded from
 * {@code classpath:moderation/screening-rules.txt}), each a regular expression tried on
 * every sentence after normalising. What they miss, a small model learned from example
 * posts may catch ({@link ScreeningModel}). Phone numbers are found here in code: a run
 * of 9 to 15 digits (7 after "call", "text", "my number" or a +), unless it is a crisis
 * line from the directory or a labelled reference number; or nine or more digits spelt
 * out in words.
 */
@Component
public class Screening {

	/** What a post can be flagged for. */
	public enum Kind {

		CRISIS, METHOD, CONTACT

	}

	/**
	 * A rule: its kind, its name and its pattern; an "unless" rule excuses its kind (for
	 * the model only, if {@code modelOnly}).
	 */
	record Rule(Kind kind, String name, Pattern pattern, boolean unless, boolean modelOnly) {
	}

	/** What the check found: the kinds, and the names of the rules that matched. */
	public record Result(Set<Kind> kinds, List<String> rules) {

		public boolean has(Kind kind) {
			return this.kinds.contains(kind);
		}

		public boolean isClear() {
			return this.kinds.isEmpty();
		}

	}

	static final String RULES = "moderation/screening-rules.txt";

	private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?;])\\s+|\\R+");

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

	/**
	 * How the screening in force does on one kind's example posts: how many it should
	 * flag and does, how many it should not and does, and a few of each mistake.
	 */
	record ExampleCheck(Kind kind, int positives, int caught, int negatives, int falseAlarms, List<String> missed,
			List<String> wronglyFlagged) {

		/** At most this many mistakes of each sort are listed. */
		static final int SHOWN = 10;

	}

	/** Runs every kind's example posts through the screening in force. */
	List<ExampleCheck> checkExamples() {
		List<ExampleCheck> checks = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			int positives = 0;
			int caught = 0;
			int negatives = 0;
			int alarms = 0;
			List<String> missed = new ArrayList<>();
			List<String> wrong = new ArrayList<>();
			for (Map.Entry<Boolean, String> example : ScreeningModel.read(kind)) {
				boolean flagged = screen(example.getValue()).has(kind);
				if (example.getKey()) {
					positives++;
					caught += flagged ? 1 : 0;
					if (!flagged && missed.size() < ExampleCheck.SHOWN) {
						missed.add(example.getValue());
					}
				}
				else {
					negatives++;
					alarms += flagged ? 1 : 0;
					if (flagged && wrong.size() < ExampleCheck.SHOWN) {
						wrong.add(example.getValue());
					}
				}
			}
			checks.add(new ExampleCheck(kind, positives, caught, negatives, alarms, List.copyOf(missed),
					List.copyOf(wrong)));
		}
		return checks;
	}

	/** Checks the text (a title and body together, say). */
	public Result screen(String text) {
		List<Rule> rules = this.rules.get();
		Map<Kind, List<String>> found = new EnumMap<>(Kind.class);
		for (String sentence : SENTENCES.split(normalise(text))) {
			if (sentence.isBlank()) {
				continue;
			}
			for (Kind kind : Kind.values()) {
				List<String> matched = new ArrayList<>();
				boolean excused = false;
				for (Rule rule : rules) {
					if (rule.kind() != kind || rule.modelOnly() || !rule.pattern().matcher(sentence).find()) {
						continue;
					}
					if (rule.unless()) {
						excused = true;
					}
					else {
						matched.add(rule.name());
					}
				}
				if (!matched.isEmpty() && !excused) {
					found.computeIfAbsent(kind, (k) -> new ArrayList<>()).addAll(matched);
				}
			}
		}
		String prepared = prepare(text);
		for (Kind kind : Kind.values()) {
			if (!found.containsKey(kind) && this.model.flags(kind, text) && !excused(rules, kind, prepared)) {
				found.put(kind, new ArrayList<>(List.of("model")));
			}
		}
		if (hasPhoneNumber(text)) {
			found.computeIfAbsent(Kind.CONTACT, (k) -> new ArrayList<>()).add("phone");
		}
		if (hasNumberInWords(text)) {
			found.computeIfAbsent(Kind.CONTACT, (k) -> new ArrayList<>()).add("phone-words");
		}
		List<String> names = new ArrayList<>();
		found.forEach((kind, list) -> list.stream()
			.distinct()
			.forEach((name) -> names.add(kind.name().toLowerCase(Locale.ROOT) + ":" + name)));
		return new Result(Set.copyOf(found.keySet()), List.copyOf(names));
	}

	/**
	 * Whether an "unless" rule of this kind matches anywhere: the model's hit is excused.
	 */
	private static boolean excused(List<Rule> rules, Kind kind, String prepared) {
		return rules.stream()
			.anyMatch((rule) -> rule.kind() == kind && rule.unless() && rule.pattern().matcher(prepared).find());
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
			.replace("'", "")
			.replaceAll("[\\t\\x0B\\f ]+", " ");
	}

	/** Reads rules: kind, name and pattern, tab-separated; # starts a comment. */
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
				boolean unless = fields[0].endsWith("-unless");
				boolean modelOnly = fields[0].endsWith("-model-unless");
				Kind kind = Kind
					.valueOf(fields[0].replace("-model-unless", "").replace("-unless", "").toUpperCase(Locale.ROOT));
				try {
					rules.add(new Rule(kind, fields[1], Pattern.compile(fields[2]), unless, modelOnly));
				}
				catch (PatternSyntaxException ex) {
					throw new IllegalStateException(
							RULES + " line " + number + " (" + fields[1] + "): " + ex.getMessage(), ex);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rules;
	}

}
