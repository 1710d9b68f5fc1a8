package org.holdfast.crisis;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The crisis page: emergency help, when a wound needs medical care, the country's crisis
 * lines with their hours and sources, and a country picker. Reads only the in-memory
 * directory, so it answers with full content while the database is down.
 */
@Controller
class HelpController {

	static final String VIEW = "crisis/help";

	private final CrisisDirectory directory;

	private final CountryResolver countries;

	HelpController(CrisisDirectory directory, CountryResolver countries) {
		this.directory = directory;
		this.countries = countries;
	}

	@GetMapping("/help")
	String help(@RequestAttribute(SafetyBanner.ATTRIBUTE) SafetyBanner banner,
			@RequestParam(name = "saved", required = false) @Nullable String saved, Model model, Locale locale) {
		model.addAttribute("saved", saved != null);
		return show(banner.visitor().country(), pickerChoice(banner.visitor()), banner.visitor(), model, locale);
	}

	@GetMapping("/help/{code}")
	String country(@PathVariable String code, @RequestAttribute(SafetyBanner.ATTRIBUTE) SafetyBanner banner,
			Model model, Locale locale) {
		if (CountryResolver.ELSEWHERE.equals(code)) {
			return show(null, CountryResolver.ELSEWHERE, banner.visitor(), model, locale);
		}
		Country country = this.directory.country(code).orElseThrow(() -> new CountryNotFoundException(code));
		return show(country, country.slug(), banner.visitor(), model, locale);
	}

	@PostMapping("/help/country")
	String choose(@RequestParam(name = "country", required = false) @Nullable String choice,
			@RequestAttribute(SafetyBanner.ATTRIBUTE) SafetyBanner banner, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		Optional<CountryResolver.Choice> chosen = this.countries.choice(choice);
		if (chosen.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("countryError", true);
			return show(banner.visitor().country(), pickerChoice(banner.visitor()), banner.visitor(), model, locale);
		}
		this.countries.remember(chosen.get().code(), request, response);
		return "redirect:/help?saved";
	}

	/**
	 * What the picker starts on: the visitor's own choice if they made one, otherwise "go
	 * by my browser", so that saving without a change does not pin a guessed country.
	 */
	private static String pickerChoice(VisitorCountry visitor) {
		if (visitor.reason() != VisitorCountry.Reason.CHOSEN) {
			return CountryResolver.AUTOMATIC;
		}
		Country country = visitor.country();
		return (country != null) ? country.slug() : CountryResolver.ELSEWHERE;
	}

	private String show(@Nullable Country country, String selected, VisitorCountry visitor, Model model,
			Locale locale) {
		model.addAttribute("country", country);
		model.addAttribute("selected", selected);
		model.addAttribute("visitor", visitor);
		model.addAttribute("elsewhere", this.directory.elsewhere());
		model.addAttribute("countries", this.directory.countriesByName(locale));
		model.addAttribute("locale", locale);
		return VIEW;
	}

}
