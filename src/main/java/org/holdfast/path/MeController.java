package org.holdfast.path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.holdfast.account.SignedInMember;
import org.holdfast.editorial.Workflow;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's own page: the paths they are on or have finished, and everything they wrote
 * in reflections, to read again, change or delete. Only ever their own: there is no
 * member number in any address here.
 */
@Controller
class MeController {

	private final PathRepository paths;

	private final Journeys journeys;

	MeController(PathRepository paths, Journeys journeys) {
		this.paths = paths;
		this.journeys = journeys;
	}

	/**
	 * A reflection with where it was written: the path, the step and its number (0 if
	 * removed).
	 */
	record Written(Path path, PathStep step, int number, Reflection reflection) {
	}

	@GetMapping("/me")
	String me(@AuthenticationPrincipal SignedInMember me, HttpServletRequest request, Model model) {
		ProgressStore store = this.journeys.reading(me, request);
		List<Path> mine = this.paths.findByIdIn(List.copyOf(store.paths()));
		model.addAttribute("journeys",
				mine.stream()
					.filter((path) -> path.getState() == Workflow.State.PUBLISHED)
					.sorted(Comparator.comparing(Path::getTitle))
					.map((path) -> this.journeys.journey(path, store))
					.toList());
		Map<Long, Reflection> reflections = store.reflections();
		List<Written> written = new ArrayList<>();
		for (Path path : this.paths.findAll()) {
			for (PathStep step : path.allSteps()) {
				Reflection reflection = reflections.get(step.getId());
				if (reflection != null) {
					written.add(new Written(path, step, path.numberOf(step.getId()), reflection));
				}
			}
		}
		written.sort(Comparator.comparing((Written w) -> w.reflection().updatedAt()).reversed());
		model.addAttribute("reflections", written);
		return "paths/me";
	}

	@PostMapping("/me/reflections/{stepId}/delete")
	String delete(@AuthenticationPrincipal SignedInMember me, @PathVariable long stepId, HttpServletRequest request,
			RedirectAttributes redirect) {
		this.journeys.writing(me, request).deleteReflection(stepId);
		redirect.addFlashAttribute("saved", "paths.reflect.deleted");
		return "redirect:/me";
	}

}
