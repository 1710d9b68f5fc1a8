package org.holdfast.path;

import org.holdfast.system.TextInput;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.holdfast.account.SignedInMember;
import org.holdfast.editorial.Workflow;
import org.holdfast.crisis.CrisisLanguage;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Following a growth path: the list (with "continue where you left off"), a path's
 * overview and progress, one step at a time, and the end. Anyone can follow a path; a
 * member's progress is saved in their account, a visitor's in their session until they
 * sign in. Nothing here streaks, scores or counts missed days.
 */
@Controller
class PathController {

	/** A check-in at or below this gets the crisis lines and gentle options first. */
	static final int LOW_FEELING = 3;

	/** The most a check-in's few words can hold. */
	static final int MAX_NOTE = 2000;

	private static final Workflow.State PUBLISHED = Workflow.State.PUBLISHED;

	private final PathRepository paths;

	private final Journeys journeys;

	private final Clock clock;

	PathController(PathRepository paths, Journeys journeys, Clock clock) {
		this.paths = paths;
		this.journeys = journeys;
		this.clock = clock;
	}

	@GetMapping("/paths")
	String list(@AuthenticationPrincipal @Nullable SignedInMember me, HttpServletRequest request, Model model) {
		ProgressStore store = this.journeys.reading(me, request);
		List<Journey> all = this.paths.findByWorkflowStateOrderByTitle(PUBLISHED)
			.stream()
			.map((path) -> this.journeys.journey(path, store))
			.toList();
		model.addAttribute("journeys", all);
		model.addAttribute("underway",
				all.stream().filter((journey) -> journey.started() && !journey.isComplete()).toList());
		return "paths/list";
	}

	@GetMapping("/paths/{slug}")
	String path(@AuthenticationPrincipal @Nullable SignedInMember me, @PathVariable String slug,
			HttpServletRequest request, Model model) {
		Path path = find(slug);
		model.addAttribute("journey", this.journeys.journey(path, this.journeys.reading(me, request)));
		return "paths/path";
	}

	/** Carries on where they left off: the current step, or the end if all are done. */
	@GetMapping("/paths/{slug}/continue")
	String resume(@AuthenticationPrincipal @Nullable SignedInMember me, @PathVariable String slug,
			HttpServletRequest request) {
		Journey journey = this.journeys.journey(find(slug), this.journeys.reading(me, request));
		if (journey.current() == null) {
			return "redirect:/paths/" + slug + (journey.isComplete() ? "/complete" : "");
		}
		return "redirect:/paths/" + slug + "/steps/" + journey.current().number();
	}

	@GetMapping("/paths/{slug}/steps/{number}")
	String step(@AuthenticationPrincipal @Nullable SignedInMember me, @PathVariable String slug,
			@PathVariable String number, HttpServletRequest request, HttpServletResponse response, Model model) {
		Path path = find(slug);
		PathStep step = stepOrNull(path, number);
		if (step == null) {
			return missing(path, number, response, model);
		}
		ProgressStore store = this.journeys.reading(me, request);
		if (me != null || request.getSession(false) != null) {
			// Remember where they are, for "continue", once they have started; a first
			// look
			// by a visitor starts no session.
			store = this.journeys.writing(me, request);
			store.visit(path.getId(), step.getId(), this.clock.instant());
		}
		ReflectionForm form = new ReflectionForm();
		store.reflection(step.getId()).ifPresent((reflection) -> {
			form.setBody(reflection.body());
			form.setVersion(reflection.version());
		});
		return show(path, step, store, form, model);
	}

	@PostMapping("/paths/{slug}/steps/{number}/done")
	String done(@AuthenticationPrincipal @Nullable SignedInMember me, @PathVariable String slug,
			@PathVariable String number, HttpServletRequest request, HttpServletResponse response, Model model) {
		Path path = find(slug);
		PathStep step = stepOrNull(path, number);
		if (step == null) {
			return missing(path, number, response, model);
		}
		this.journeys.writing(me, request).done(path.getId(), step.getId(), this.clock.instant());
		return next(path, step);
	}

	@PostMapping("/paths/{slug}/steps/{number}/reflection")
	String reflect(@AuthenticationPrincipal @Nullable SignedInMember me, @PathVariable String slug,
			@PathVariable String number, @ModelAttribute("reflection") ReflectionForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Path path = find(slug);
		PathStep step = stepOrNull(path, number);
		if (step == null || step.getKind() != PathStep.Kind.REFLECT) {
			return missing(path, number, response, model);
		}
		ProgressStore store = this.journeys.writing(me, request);
		form.validate(errors);
		if (!errors.hasErrors()) {
			try {
				store.saveReflection(path.getId(), step.getId(), form.getBody().strip(), form.getVersion(),
						this.clock.instant());
				store.done(path.getId(), step.getId(), this.clock.instant());
				if (CrisisLanguage.soundsLikeCrisis(form.getBody())) {
					// Help for the writer only: nothing is flagged, logged or shown to
					// anyone else.
					redirect.addFlashAttribute("help", "paths.reflect.help");
					return "redirect:/paths/" + slug + "/steps/" + number;
				}
				return next(path, step);
			}
			catch (ProgressStore.StaleReflection stale) {
				errors.reject("paths.reflect.stale");
				store.reflection(step.getId()).ifPresent((newer) -> {
					model.addAttribute("newer", newer.body());
					form.setVersion(newer.version());
				});
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return show(path, step, store, form, model);
	}

	@PostMapping("/paths/{slug}/steps/{number}/reflection/delete")
	String deleteReflection(@AuthenticationPrincipal @Nullable SignedInMember me, @PathVariable String slug,
			@PathVariable String number, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Path path = find(slug);
		PathStep step = stepOrNull(path, number);
		if (step == null) {
			return missing(path, number, response, model);
		}
		this.journeys.writing(me, request).deleteReflection(step.getId());
		redirect.addFlashAttribute("saved", "paths.reflect.deleted");
		return "redirect:/paths/" + slug + "/steps/" + number;
	}

	@PostMapping("/paths/{slug}/steps/{number}/check-in")
	String checkIn(@AuthenticationPrincipal @Nullable SignedInMember me, @PathVariable String slug,
			@PathVariable String number, @RequestParam(required = false) @Nullable String feeling,
			@RequestParam(defaultValue = "") String note, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Path path = find(slug);
		PathStep step = stepOrNull(path, number);
		if (step == null || step.getKind() != PathStep.Kind.CHECK_IN) {
			return missing(path, number, response, model);
		}
		ProgressStore store = this.journeys.writing(me, request);
		Integer score = feeling(feeling);
		String words = note.strip();
		model.addAttribute("note", words);
		if (score == null || words.length() > MAX_NOTE || TextInput.hasControlCharacters(words)) {
			model.addAttribute("feelingError", (score == null) ? "paths.check-in.choose" : "paths.check-in.note.bad");
			model.addAttribute("feelingField", (score == null) ? "feeling" : "note");
			model.addAttribute("chosen", score);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(path, step, store, new ReflectionForm(), model);
		}
		store.feeling(path.getId(), step.getId(), score, words.isEmpty() ? null : words, this.clock.instant());
		if (score <= LOW_FEELING || CrisisLanguage.soundsLikeCrisis(words)) {
			// Help for the writer only: nothing is flagged, logged or shown to anyone
			// else.
			model.addAttribute("low", score);
			return show(path, step, store, new ReflectionForm(), model);
		}
		return next(path, step);
	}

	@GetMapping("/paths/{slug}/complete")
	String complete(@AuthenticationPrincipal @Nullable SignedInMember me, @PathVariable String slug,
			HttpServletRequest request, Model model) {
		Path path = find(slug);
		ProgressStore store = this.journeys.reading(me, request);
		model.addAttribute("journey", this.journeys.journey(path, store));
		model.addAttribute("others",
				this.paths.findByWorkflowStateOrderByTitle(PUBLISHED)
					.stream()
					.filter((other) -> other.getId() != path.getId())
					.map((other) -> this.journeys.journey(other, store))
					.filter((journey) -> !journey.isComplete())
					.sorted(Comparator.comparing(Journey::started).reversed())
					.limit(3)
					.toList());
		return "paths/complete";
	}

	private String show(Path path, PathStep step, ProgressStore store, ReflectionForm form, Model model) {
		Journey journey = this.journeys.journey(path, store);
		model.addAttribute("journey", journey);
		model.addAttribute("step", step);
		model.addAttribute("stop",
				journey.stops()
					.stream()
					.filter((stop) -> stop.step() == step)
					.findFirst()
					.orElseThrow(() -> new IllegalStateException("step not in its path")));
		if (!model.containsAttribute("reflection")) {
			model.addAttribute("reflection", form);
		}
		model.addAttribute("hasReflection", store.reflection(step.getId()).isPresent());
		return "paths/step";
	}

	/** After a step: the next one, or the end of the path. */
	private String next(Path path, PathStep step) {
		int number = path.numberOf(step.getId());
		if (number >= path.getSteps().size()) {
			return "redirect:/paths/" + path.getSlug() + "/complete";
		}
		return "redirect:/paths/" + path.getSlug() + "/steps/" + (number + 1);
	}

	private String missing(Path path, String number, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("path", path);
		model.addAttribute("number", number);
		return "paths/missing-step";
	}

	private static @Nullable PathStep stepOrNull(Path path, String number) {
		try {
			return path.step(Integer.parseInt(number.strip())).orElse(null);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable Integer feeling(@Nullable String value) {
		try {
			int score = Integer.parseInt(Objects.requireNonNullElse(value, "").strip());
			return (score >= 0 && score <= 10) ? score : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private Path find(String slug) {
		return this.paths.findBySlugAndWorkflowState(slug, PUBLISHED)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
