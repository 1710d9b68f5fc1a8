package org.holdfast.safetyplan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
