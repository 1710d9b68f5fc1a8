package org.holdfast.moderation;

import java.util.ArrayList;
import java.util.List;

/**
 * A screening rule's regular expression, run so that no text can make it hang and yet
 * fast enough to check every post and every example on the rules page. It runs first on
 * {@code java.util.regex}, which is quick on the rules as written but can backtrack
 * without end on a crafted pattern and text; each run may read the text a bounded number
 * of times ({@link #BUDGET} per character). A run that uses its budget up is run again on
 * RE2/J, whose time is linear in the text. Both engines read the same syntax here:
 * {@link ScreeningRules#problem} refuses look-arounds and back-references, which only
 * {@code java.util.regex} has, and the pattern must compile on RE2/J.
 */
final class RulePattern {

	/** How many character reads a run may make per character of text (and a floor). */
	static final int BUDGET = 2_000;

	private static final int FLOOR = 100_000;

	private final String source;

	private final java.util.regex.Pattern fast;

	private final com.google.re2j.Pattern linear;

	private RulePattern(String source, java.util.regex.Pattern fast, com.google.re2j.Pattern linear) {
		this.source = source;
		this.fast = fast;
		this.linear = linear;
	}

	/**
	 * Compiles the pattern on both engines.
	 * @throws com.google.re2j.PatternSyntaxException if RE2/J can't read it
	 * @throws java.util.regex.PatternSyntaxException if {@code java.util.regex} can't
	 */
	static RulePattern compile(String source) {
		com.google.re2j.Pattern linear = com.google.re2j.Pattern.compile(source);
		return new RulePattern(source, java.util.regex.Pattern.compile(source), linear);
	}

	String pattern() {
		return this.source;
	}

	/** Whether it matches anywhere in the text. */
	boolean find(String text) {
		try {
			return this.fast.matcher(new Budgeted(text)).find();
		}
		catch (OverBudget ex) {
			return this.linear.matcher(text).find();
		}
	}

	/**
	 * Whether a search of the text on {@code java.util.regex} ends within its budget (if
	 * not, the linear engine answers instead).
	 */
	boolean fitsBudget(String text) {
		try {
			java.util.regex.Matcher matcher = this.fast.matcher(new Budgeted(text));
			while (matcher.find()) {
				// every match, as matches() reads them
			}
			return true;
		}
		catch (OverBudget ex) {
			return false;
		}
	}

	/** Where it matches in the text, as [start, end) pairs, left to right. */
	List<int[]> matches(String text) {
		try {
			List<int[]> found = new ArrayList<>();
			java.util.regex.Matcher matcher = this.fast.matcher(new Budgeted(text));
			while (matcher.find()) {
				found.add(new int[] { matcher.start(), matcher.end() });
			}
			return found;
		}
		catch (OverBudget ex) {
			List<int[]> found = new ArrayList<>();
			com.google.re2j.Matcher matcher = this.linear.matcher(text);
			while (matcher.find()) {
				found.add(new int[] { matcher.start(), matcher.end() });
			}
			return found;
		}
	}

	/** The text with every match replaced by the literal replacement. */
	String replaceAll(String text, String replacement) {
		List<int[]> found = matches(text);
		if (found.isEmpty()) {
			return text;
		}
		StringBuilder replaced = new StringBuilder(text.length());
		int at = 0;
		for (int[] match : found) {
			replaced.append(text, at, match[0]).append(replacement);
			at = match[1];
		}
		return replaced.append(text, at, text.length()).toString();
	}

	/** Thrown when a run on {@code java.util.regex} has read the text too many times. */
	private static final class OverBudget extends RuntimeException {

		OverBudget() {
			super(null, null, false, false);
		}

	}

	/** The text, counting how often the matcher reads it. */
	private static final class Budgeted implements CharSequence {

		private final String text;

		private long left;

		Budgeted(String text) {
			this.text = text;
			this.left = Math.max(FLOOR, (long) BUDGET * text.length());
		}

		@Override
		public char charAt(int index) {
			if (--this.left < 0) {
				throw new OverBudget();
			}
			return this.text.charAt(index);
		}

		@Override
		public int length() {
			return this.text.length();
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			return this.text.subSequence(start, end);
		}

		@Override
		public String toString() {
			return this.text;
		}

	}

}
