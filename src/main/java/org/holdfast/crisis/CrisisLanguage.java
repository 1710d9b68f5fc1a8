package org.holdfast.crisis;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Recognises words that sound like someone in danger ("kill myself", "want to die") in a
 * search, a reflection or a check-in, so the page can put the crisis lines first. It only
 * decides what to show the person who wrote them; nothing is stored, logged or sent
 * anywhere, and no one else is told.
 */
public final class CrisisLanguage {

	private static final List<String> PHRASES = List.of("kill myself", "killing myself", "kill my self", "want to die",
			"wanna die", "want to be dead", "wish i was dead", "wish i were dead", "better off dead", "end my life",
			"ending my life", "end it all", "take my own life", "take my life", "suicide", "suicidal",
			"dont want to be here", "dont want to live", "no reason to live", "cant go on", "cant do this anymore",
			"hurt myself badly", "overdose", "not worth living");

	private CrisisLanguage() {
	}

	public static boolean soundsLikeCrisis(String query) {
		String text = Normalizer.normalize(query, Normalizer.Form.NFKC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("['’`]", "")
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.trim();
		String padded = " " + text + " ";
		return PHRASES.stream()
			.anyMatch((phrase) -> padded.contains(" " + phrase + " ") || padded.contains(" " + phrase));
	}

}
