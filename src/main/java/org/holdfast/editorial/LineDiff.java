package org.holdfast.editorial;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two texts, line by line (a longest-common-subsequence diff), with
 * long unchanged stretches folded away so the changes stand out.
 */
public final class LineDiff {

	/**
	 * Past this many line pairs the middle is shown as removed and re-added, not matched.
	 */
	static final long MAX_CELLS = 4_000_000;

	private LineDiff() {
	}

	/** How a line differs. {@code GAP} stands for unchanged lines left out. */
	public enum Kind {

		SAME, ADDED, REMOVED, GAP

	}

	/**
	 * One line of the diff.
	 *
	 * @param kind how it differs
	 * @param text the line (for a gap, empty)
	 * @param before its number in the old text, or 0
	 * @param after its number in the new text, or 0
	 * @param hidden for a gap, how many unchanged lines it stands for
	 */
	public record Line(Kind kind, String text, int before, int after, int hidden) {

		public boolean isChange() {
			return this.kind == Kind.ADDED || this.kind == Kind.REMOVED;
		}

	}

	/** Every line of both texts, marked same, added or removed. */
	public static List<Line> diff(String before, String after) {
		String[] a = before.isEmpty() ? new String[0] : before.split("\n", -1);
		String[] b = after.isEmpty() ? new String[0] : after.split("\n", -1);
		int start = 0;
		while (start < a.length && start < b.length && a[start].equals(b[start])) {
			start++;
		}
		int endA = a.length;
		int endB = b.length;
		while (endA > start && endB > start && a[endA - 1].equals(b[endB - 1])) {
			endA--;
			endB--;
		}
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < start; i++) {
			lines.add(new Line(Kind.SAME, a[i], i + 1, i + 1, 0));
		}
		middle(a, b, start, endA, endB, lines);
		for (int i = endA, j = endB; i < a.length; i++, j++) {
			lines.add(new Line(Kind.SAME, a[i], i + 1, j + 1, 0));
		}
		return lines;
	}

	/** The diff with unchanged runs longer than {@code 2 × context} folded into gaps. */
	public static List<Line> changes(String before, String after, int context) {
		List<Line> all = diff(before, after);
		List<Line> shown = new ArrayList<>();
		int i = 0;
		while (i < all.size()) {
			if (all.get(i).isChange()) {
				shown.add(all.get(i++));
				continue;
			}
			int end = i;
			while (end < all.size() && !all.get(end).isChange()) {
				end++;
			}
			int keepBefore = (i == 0) ? 0 : context;
			int keepAfter = (end == all.size()) ? 0 : context;
			if (end - i <= keepBefore + keepAfter + 1) {
				shown.addAll(all.subList(i, end));
			}
			else {
				shown.addAll(all.subList(i, i + keepBefore));
				shown.add(new Line(Kind.GAP, "", 0, 0, end - i - keepBefore - keepAfter));
				shown.addAll(all.subList(end - keepAfter, end));
			}
			i = end;
		}
		return shown;
	}

	private static void middle(String[] a, String[] b, int start, int endA, int endB, List<Line> lines) {
		int n = endA - start;
		int m = endB - start;
		if ((long) n * m > MAX_CELLS) {
			for (int i = start; i < endA; i++) {
				lines.add(new Line(Kind.REMOVED, a[i], i + 1, 0, 0));
			}
			for (int j = start; j < endB; j++) {
				lines.add(new Line(Kind.ADDED, b[j], 0, j + 1, 0));
			}
			return;
		}
		// common[i][j]: the longest common subsequence of a[start+i..] and b[start+j..]
		int[][] common = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				common[i][j] = a[start + i].equals(b[start + j]) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < n || j < m) {
			if (i < n && j < m && a[start + i].equals(b[start + j])) {
				lines.add(new Line(Kind.SAME, a[start + i], start + i + 1, start + j + 1, 0));
				i++;
				j++;
			}
			else if (j < m && (i == n || common[i][j + 1] > common[i + 1][j])) {
				lines.add(new Line(Kind.ADDED, b[start + j], 0, start + j + 1, 0));
				j++;
			}
			else {
				lines.add(new Line(Kind.REMOVED, a[start + i], start + i + 1, 0, 0));
				i++;
			}
		}
	}

}
