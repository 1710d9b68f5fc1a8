package org.holdfast.editorial;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTests {

	static String render(List<LineDiff.Line> lines) {
		StringBuilder out = new StringBuilder();
		for (LineDiff.Line line : lines) {
			out.append(switch (line.kind()) {
				case SAME -> "  " + line.text();
				case ADDED -> "+ " + line.text();
				case REMOVED -> "- " + line.text();
				case GAP -> "… " + line.hidden();
			}).append('\n');
		}
		return out.toString();
	}

	@Test
	void marksOnlyTheLinesThatChanged() {
		String before = "one\ntwo\nthree\nfour";
		String after = "one\n2\nthree\nfour\nfive";
		assertThat(render(LineDiff.diff(before, after))).isEqualTo("  one\n- two\n+ 2\n  three\n  four\n+ five\n");
	}

	@Test
	void numbersLinesOnBothSides() {
		List<LineDiff.Line> lines = LineDiff.diff("a\nb\nc", "a\nx\nb\nc");
		assertThat(lines).extracting(LineDiff.Line::before).containsExactly(1, 0, 2, 3);
		assertThat(lines).extracting(LineDiff.Line::after).containsExactly(1, 2, 3, 4);
	}

	@Test
	void emptyTextsAreAllAddedOrAllRemoved() {
		assertThat(render(LineDiff.diff("", "a\nb"))).isEqualTo("+ a\n+ b\n");
		assertThat(render(LineDiff.diff("a", ""))).isEqualTo("- a\n");
		assertThat(LineDiff.diff("same", "same")).allMatch((line) -> !line.isChange());
	}

	@Test
	void foldsLongUnchangedStretchesKeepingContext() {
		StringBuilder before = new StringBuilder();
		for (int i = 1; i <= 20; i++) {
			before.append("line ").append(i).append('\n');
		}
		String after = before.toString().replace("line 10\n", "line ten\n");
		String shown = render(LineDiff.changes(before.toString(), after, 2));
		assertThat(shown).isEqualTo("… 7\n  line 8\n  line 9\n- line 10\n+ line ten\n  line 11\n  line 12\n… 9\n");
	}

	@Test
	void aVeryLongRewriteIsShownAsRemovedThenAdded() {
		String before = "a\n".repeat(2500);
		String after = "b\n".repeat(2500);
		List<LineDiff.Line> lines = LineDiff.diff(before, after);
		assertThat(lines).filteredOn((line) -> line.kind() == LineDiff.Kind.REMOVED).hasSize(2500);
		assertThat(lines).filteredOn((line) -> line.kind() == LineDiff.Kind.ADDED).hasSize(2500);
	}

}
