package org.holdfast.moderation;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * When moderators are usually on shift, in words for a page: "Monday to Friday, 09:00 to
 * 21:00 (Europe/London)". The hours themselves are {@link ModerationProperties}.
 */
@Component
public class StaffedHours {

	private final ModerationProperties properties;

	private final MessageSource messages;

	StaffedHours(ModerationProperties properties, MessageSource messages) {
		this.properties = properties;
		this.messages = messages;
	}

	/** The staffed days and hours in words, in this language. */
	public String describe(Locale locale) {
		List<DayOfWeek> days = this.properties.staffedDays().stream().sorted().toList();
		String dayWords;
		boolean run = !days.isEmpty()
				&& days.get(days.size() - 1).getValue() - days.get(0).getValue() == days.size() - 1;
		if (days.size() == 7) {
			dayWords = this.messages.getMessage("moderate.hours.every-day", null, locale);
		}
		else if (run && days.size() > 2) {
			dayWords = this.messages.getMessage("moderate.hours.day-range",
					new Object[] { name(days.get(0), locale), name(days.get(days.size() - 1), locale) }, locale);
		}
		else {
			dayWords = String.join(", ", days.stream().map((day) -> name(day, locale)).toList());
		}
		return this.messages.getMessage("moderate.hours.times",
				new Object[] { dayWords, this.properties.staffedFrom().toString(),
						this.properties.staffedUntil().toString(), this.properties.zone().getId() },
				locale);
	}

	private static String name(DayOfWeek day, Locale locale) {
		return day.getDisplayName(TextStyle.FULL, locale);
	}

}
