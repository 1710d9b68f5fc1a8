package org.holdfast.journal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The journal's history as two small charts drawn on the server (SVG, no script): mood
 * and urge strength over the chosen days. Entries on the same day sit side by side. A day
 * without an entry is simply not there: no zero, no mark, no gap filled in; the line only
 * joins entries a few days apart. Also the plain-words summary the chart's description
 * and the page give.
 */
final class MoodChart {

	static final int WIDTH = 560;

	static final int HEIGHT = 170;

	static final int LEFT = 88;

	static final int RIGHT = 12;

	static final int TOP = 10;

	static final int BOTTOM = 30;

	/** Entries further apart than this many days are not joined by a line. */
	static final int JOIN_DAYS = 3;

	/** One entry's point: where it is drawn, and what it says. */
	record Point(String x, String y, LocalDate day, int value) {
	}

	/**
	 * A measure over time: its points, the lines joining near ones, and the points drawn
	 * as one SVG path of dots (a thousand separate elements would take longer to write
	 * than everything else on the page).
	 */
	record Series(List<Point> points, List<String> lines, String dots) {
	}

	/** A date marked on the time axis. */
	record Tick(String x, LocalDate day) {
	}

	/** A level marked on the value axis. */
	record Level(String y, int value) {
	}

	/** The summary in numbers; the page puts them into words. */
	record Summary(int entries, int days, @Nullable String moodAverage, @Nullable Integer commonMood,
			@Nullable String urgeAverage, @Nullable Integer urgeLowest, @Nullable Integer urgeHighest,
			@Nullable LocalDate strongestDay) {
	}

	private final LocalDate from;

	private final LocalDate to;

	private final Series mood;

	private final Series urge;

	private final List<Tick> ticks;

	private final Summary summary;

	private MoodChart(LocalDate from, LocalDate to, Series mood, Series urge, List<Tick> ticks, Summary summary) {
		this.from = from;
		this.to = to;
		this.mood = mood;
		this.urge = urge;
		this.ticks = ticks;
		this.summary = summary;
	}

	/**
	 * The chart of these entries (oldest first) over the days {@code from}–{@code to}.
	 */
	static MoodChart of(List<JournalEntry> entries, LocalDate from, LocalDate to) {
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		Map<LocalDate, List<JournalEntry>> byDay = new LinkedHashMap<>();
		entries.forEach((entry) -> byDay.computeIfAbsent(entry.day(), (d) -> new ArrayList<>()).add(entry));
		Series mood = series(byDay, from, days, JournalEntry::mood, 1, 5);
		Series urge = series(byDay, from, days, JournalEntry::urge, 0, 10);
		return new MoodChart(from, to, mood, urge, ticks(from, to, days), summary(entries, byDay.size()));
	}

	private static Series series(Map<LocalDate, List<JournalEntry>> byDay, LocalDate from, long days,
			Function<JournalEntry, @Nullable Integer> measure, int low, int high) {
		List<Point> points = new ArrayList<>();
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		int joined = 0;
		LocalDate last = null;
		double plotWidth = WIDTH - LEFT - RIGHT;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		for (Map.Entry<LocalDate, List<JournalEntry>> day : byDay.entrySet()) {
			List<JournalEntry> measured = day.getValue().stream().filter((e) -> measure.apply(e) != null).toList();
			long index = ChronoUnit.DAYS.between(from, day.getKey());
			for (int i = 0; i < measured.size(); i++) {
				int value = measure.apply(measured.get(i));
				double x = LEFT + (index + (i + 1.0) / (measured.size() + 1)) / days * plotWidth;
				double y = TOP + (double) (high - value) / (high - low) * plotHeight;
				if (last != null && ChronoUnit.DAYS.between(last, day.getKey()) > JOIN_DAYS) {
					joined = flush(lines, line, joined);
				}
				line.append((line.length() > 0) ? " " : "").append(number(x)).append(',').append(number(y));
				joined++;
				last = day.getKey();
				points.add(new Point(number(x), number(y), day.getKey(), value));
			}
		}
		flush(lines, line, joined);
		StringBuilder dots = new StringBuilder();
		for (Point point : points) {
			// a circle of radius 4 around the point: two half-circle arcs
			dots.append('M')
				.append(number(Double.parseDouble(point.x()) - 4))
				.append(',')
				.append(point.y())
				.append("a4,4 0 1,0 8,0a4,4 0 1,0 -8,0");
		}
		return new Series(List.copyOf(points), List.copyOf(lines), dots.toString());
	}

	private static int flush(List<String> lines, StringBuilder line, int joined) {
		if (joined > 1) {
			lines.add(line.toString());
		}
		line.setLength(0);
		return 0;
	}

	private static List<Tick> ticks(LocalDate from, LocalDate to, long days) {
		List<Tick> ticks = new ArrayList<>();
		double plotWidth = WIDTH - LEFT - RIGHT;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			long index = ChronoUnit.DAYS.between(from, day);
			boolean marked = (days <= 7) || (days <= 31 && index % 7 == 0) || (days <= 92 && index % 14 == 0)
					|| (days > 92 && day.getDayOfMonth() == 1 && day.getMonthValue() % 2 == 1);
			if (marked) {
				ticks.add(new Tick(number(LEFT + (index + 0.5) / days * plotWidth), day));
			}
		}
		return ticks;
	}

	private static Summary summary(List<JournalEntry> entries, int days) {
		List<Integer> moods = entries.stream().map(JournalEntry::mood).filter((m) -> m != null).toList();
		List<JournalEntry> urged = entries.stream().filter((e) -> e.urge() != null).toList();
		Integer common = null;
		int most = 0;
		for (int mood = 5; mood >= 1; mood--) {
			int value = mood;
			int count = (int) moods.stream().filter((m) -> m == value).count();
			if (count > most) {
				most = count;
				common = mood;
			}
		}
		JournalEntry strongest = urged.stream().reduce((a, b) -> (b.urge() > a.urge()) ? b : a).orElse(null);
		return new Summary(entries.size(), days,
				moods.isEmpty() ? null : oneDecimal(moods.stream().mapToInt(Integer::intValue).average().orElse(0)),
				common,
				urged.isEmpty() ? null : oneDecimal(urged.stream().mapToInt(JournalEntry::urge).average().orElse(0)),
				urged.stream().map(JournalEntry::urge).min(Integer::compare).orElse(null),
				urged.stream().map(JournalEntry::urge).max(Integer::compare).orElse(null),
				(strongest != null) ? strongest.day() : null);
	}

	/** A coordinate with at most one decimal place, as SVG takes it. */
	private static String number(double value) {
		long tenths = Math.round(value * 10);
		return (tenths % 10 == 0) ? Long.toString(tenths / 10) : (tenths / 10) + "." + Math.abs(tenths % 10);
	}

	private static String oneDecimal(double value) {
		return String.format(java.util.Locale.ROOT, "%.1f", value);
	}

	/** Where a mood (1–5) sits on its chart. */
	static String moodY(int mood) {
		return number(TOP + (5.0 - mood) / 4 * (HEIGHT - TOP - BOTTOM));
	}

	/** Where an urge strength (0–10) sits on its chart. */
	static String urgeY(int urge) {
		return number(TOP + (10.0 - urge) / 10 * (HEIGHT - TOP - BOTTOM));
	}

	public List<Level> getMoodLevels() {
		return List.of(5, 4, 3, 2, 1).stream().map((m) -> new Level(moodY(m), m)).toList();
	}

	public List<Level> getUrgeLevels() {
		return List.of(10, 5, 0).stream().map((u) -> new Level(urgeY(u), u)).toList();
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public Series getMood() {
		return this.mood;
	}

	public Series getUrge() {
		return this.urge;
	}

	public List<Tick> getTicks() {
		return this.ticks;
	}

	public Summary getSummary() {
		return this.summary;
	}

	public int getWidth() {
		return WIDTH;
	}

	public int getHeight() {
		return HEIGHT;
	}

	public int getLeft() {
		return LEFT;
	}

	public int getRight() {
		return WIDTH - RIGHT;
	}

	public int getBase() {
		return HEIGHT - BOTTOM;
	}

}
