package org.holdfast.safetyplan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.holdfast.crisis.CrisisLanguage;
import org.holdfast.editorial.EditorInput;

import org.springframework.validation.Errors;

/**
 * A safety plan as typed: the seven sections, each the person's own words, one thing per
 * line. Also what a saved plan reads as, and what the print page and the download show.
 */
public class SafetyPlanForm {

	/** The sections, in the model's order; each is also the field's name. */
	static final List<String> SECTIONS = List.of("warningSigns", "coping", "distractions", "people", "professionals",
			"surroundings", "reasons");

	static final int MAX_SECTION = 4000;

	private final Map<String, String> sections = new LinkedHashMap<>();

	private int version;

	public SafetyPlanForm() {
		SECTIONS.forEach((section) -> this.sections.put(section, ""));
	}

	void validate(Errors errors) {
		for (String section : SECTIONS) {
			EditorInput.check(errors, section, get(section), MAX_SECTION, null, true);
		}
		if (SECTIONS.stream().allMatch((section) -> get(section).isBlank())) {
			errors.reject("safety-plan.empty");
		}
	}

	/**
	 * Whether any section, other than the services, sounds like someone in danger now.
	 */
	boolean soundsLikeCrisis() {
		return SECTIONS.stream()
			.filter((section) -> !section.equals("professionals"))
			.anyMatch((section) -> CrisisLanguage.soundsLikeCrisis(get(section)));
	}

	public String get(String section) {
		return this.sections.getOrDefault(section, "");
	}

	void set(String section, String text) {
		this.sections.put(section, text);
	}

	/**
	 * One line of a plan as the plan page shows it: the words, with the first phone
	 * number in them as a link to call it (or to text it, when the line says "text"), so
	 * the plan works as a list of people to reach at 2 am on a phone.
	 */
	public record Line(String before, @Nullable String number, @Nullable String href, String after) {

		private static final Pattern NUMBER = Pattern.compile("(?<![\\w+])\\+?\\d[\\d ()\\-]{1,20}\\d(?!\\w)");

		private static final Pattern TEXT = Pattern.compile("(?i)\\b(text|sms)\\b");

		static Line of(String text) {
			Matcher number = NUMBER.matcher(text);
			while (number.find()) {
				String digits = number.group().replaceAll("[^\\d+]", "");
				boolean date = number.group().strip().matches("\\d{4}-\\d{1,2}-\\d{1,2}");
				if (!date && digits.replace("+", "").length() >= 3 && digits.lastIndexOf('+') <= 0) {
					String scheme = TEXT.matcher(text.substring(0, number.start())).find() ? "sms:" : "tel:";
					return new Line(text.substring(0, number.start()), number.group(), scheme + digits,
							text.substring(number.end()));
				}
			}
			return new Line(text, null, null, "");
		}

	}

	/** A section's lines as the plan page shows them, each with any number to call. */
	public List<Line> items(String section) {
		return lines(section).stream().map(Line::of).toList();
	}

	/** A section's lines, blank ones left out: what the printed plan lists. */
	public List<String> lines(String section) {
		List<String> lines = new ArrayList<>();
		Arrays.stream(get(section).split("\\R")).map(String::strip).filter((l) -> !l.isEmpty()).forEach(lines::add);
		return lines;
	}

	public boolean isEmpty(String section) {
		return get(section).isBlank();
	}

	public List<String> getSections() {
		return SECTIONS;
	}

	public String getWarningSigns() {
		return get("warningSigns");
	}

	public void setWarningSigns(String text) {
		set("warningSigns", text);
	}

	public String getCoping() {
		return get("coping");
	}

	public void setCoping(String text) {
		set("coping", text);
	}

	public String getDistractions() {
		return get("distractions");
	}

	public void setDistractions(String text) {
		set("distractions", text);
	}

	public String getPeople() {
		return get("people");
	}

	public void setPeople(String text) {
		set("people", text);
	}

	public String getProfessionals() {
		return get("professionals");
	}

	public void setProfessionals(String text) {
		set("professionals", text);
	}

	public String getSurroundings() {
		return get("surroundings");
	}

	public void setSurroundings(String text) {
		set("surroundings", text);
	}

	public String getReasons() {
		return get("reasons");
	}

	public void setReasons(String text) {
		set("reasons", text);
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
