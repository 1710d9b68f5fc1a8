package org.holdfast.system;

/**
 * A page number from the address, read forgivingly: anything that is not a sensible
 * number (empty, letters, far past the last page, past what an int holds) is the first
 * page, never an error.
 */
public final class PageNumber {

	/** No list is paged this far. */
	static final int LAST = 100_000;

	private PageNumber() {
	}

	/** The zero-based page the address asks for (0 if it makes no sense). */
	public static int fromZero(String raw) {
		return parse(raw, 0);
	}

	/** The one-based page the address asks for (1 if it makes no sense). */
	public static int fromOne(String raw) {
		return parse(raw, 1);
	}

	private static int parse(String raw, int first) {
		try {
			int number = Integer.parseInt(raw.strip());
			return (number < first || number > LAST) ? first : number;
		}
		catch (NumberFormatException ex) {
			return first;
		}
	}

}
