package org.holdfast.toolbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.holdfast.account.SignedInMember;
import org.holdfast.editorial.Workflow;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The toolbox: its front page, the coping activities by kind (a member's favourites and
 * their own first), one activity, "something for right now", and a member's favourites
 * and own activities. Everything but the member's own things works without an account.
 */
@Controller
class ToolboxController {

	/**
	 * Stands for "my favourites and my own activities" among the kinds to choose from.
	 */
	static final String MINE = "mine";

	private final ActivityRepository activities;

	private final MemberActivities members;

	ToolboxController(ActivityRepository activities, MemberActivities members) {
		this.activities = activities;
		this.members = members;
	}

	/** A kind of activity and the published activities of that kind. */
	record Shelf(CopingActivity.Category category, List<CopingActivity> activities) {
	}

	@GetMapping("/toolbox")
	String home(Model model) {
		model.addAttribute("categories", CopingActivity.Category.values());
		return "toolbox/home";
	}

	@GetMapping("/toolbox/activities")
	String activities(@AuthenticationPrincipal @Nullable SignedInMember me, Model model) {
		List<CopingActivity> published = published();
		Set<Long> favourites = (me != null) ? this.members.favourites(me.id()) : Set.of();
		Map<CopingActivity.Category, List<CopingActivity>> byCategory = new LinkedHashMap<>();
		for (CopingActivity.Category category : CopingActivity.Category.values()) {
			byCategory.put(category, new ArrayList<>());
		}
		published.forEach((activity) -> byCategory.get(activity.getCategory()).add(activity));
		model.addAttribute("favourites", published.stream().filter((a) -> favourites.contains(a.getId())).toList());
		model.addAttribute("own", (me != null) ? this.members.own(me.id()) : List.of());
		model.addAttribute("shelves",
				byCategory.entrySet()
					.stream()
					.filter((shelf) -> !shelf.getValue().isEmpty())
					.map((shelf) -> new Shelf(shelf.getKey(), shelf.getValue()))
					.toList());
		model.addAttribute("count", published.size());
		return "toolbox/activities";
	}

	@GetMapping("/toolbox/activities/{slug}")
	String activity(@AuthenticationPrincipal @Nullable SignedInMember me, @PathVariable String slug, Model model) {
		CopingActivity activity = this.activities.findBySlugAndWorkflowState(slug, Workflow.State.PUBLISHED)
			.orElseThrow(ActivityNotFoundException::new);
		model.addAttribute("activity", activity);
		model.addAttribute("favourite", me != null && this.members.favourites(me.id()).contains(activity.getId()));
		return "toolbox/activity";
	}

	/**
	 * One activity at random from the kinds chosen (all kinds if none), never the one
	 * just shown. {@value #MINE} adds the member's favourites and own activities.
	 */
	@GetMapping("/toolbox/right-now")
	String rightNow(@AuthenticationPrincipal @Nullable SignedInMember me,
			@RequestParam(name = "kind", required = false) @Nullable List<String> kinds,
			@RequestParam(name = "except", required = false) @Nullable String except, Model model) {
		List<String> chosen = (kinds != null) ? kinds : List.of();
		Set<CopingActivity.Category> categories = EnumSet.noneOf(CopingActivity.Category.class);
		chosen.stream().map(CopingActivity.Category::fromSlug).filter((c) -> c != null).forEach(categories::add);
		boolean mine = me != null && chosen.contains(MINE);
		if (categories.isEmpty() && !mine) {
			categories.addAll(EnumSet.allOf(CopingActivity.Category.class));
		}
		List<Suggestion> pool = new ArrayList<>();
		published().stream()
			.filter((a) -> categories.contains(a.getCategory()))
			.forEach((a) -> pool.add(new Suggestion("a" + a.getId(), a, null)));
		if (mine) {
			Set<Long> favourites = this.members.favourites(me.id());
			published().stream()
				.filter((a) -> favourites.contains(a.getId()) && !categories.contains(a.getCategory()))
				.forEach((a) -> pool.add(new Suggestion("a" + a.getId(), a, null)));
			this.members.own(me.id()).forEach((own) -> pool.add(new Suggestion("o" + own.id(), null, own)));
		}
		List<Suggestion> others = pool.stream().filter((s) -> !s.ref().equals(except)).toList();
		List<Suggestion> from = others.isEmpty() ? pool : others;
		model.addAttribute("suggestion",
				from.isEmpty() ? null : from.get(ThreadLocalRandom.current().nextInt(from.size())));
		model.addAttribute("chosen", chosen);
		model.addAttribute("categories", CopingActivity.Category.values());
		return "toolbox/right-now";
	}

	/** A suggestion: a shared activity or one of the member's own. */
	record Suggestion(String ref, @Nullable CopingActivity activity, MemberActivities.@Nullable OwnActivity own) {
	}

	@PostMapping("/me/favourites/{id}")
	String favourite(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, RedirectAttributes redirect) {
		CopingActivity activity = this.activities.findById(id)
			.filter((a) -> a.getState() == Workflow.State.PUBLISHED)
			.orElseThrow(ActivityNotFoundException::new);
		this.members.favourite(me.id(), id);
		redirect.addFlashAttribute("saved", "toolbox.favourite.added");
		return "redirect:/toolbox/activities/" + activity.getSlug();
	}

	@PostMapping("/me/favourites/{id}/delete")
	String unfavourite(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, RedirectAttributes redirect) {
		CopingActivity activity = this.activities.findById(id).orElseThrow(ActivityNotFoundException::new);
		this.members.unfavourite(me.id(), id);
		redirect.addFlashAttribute("saved", "toolbox.favourite.removed");
		return (activity.getState() == Workflow.State.PUBLISHED) ? "redirect:/toolbox/activities/" + activity.getSlug()
				: "redirect:/toolbox/activities";
	}

	@GetMapping("/me/activities")
	String own(@AuthenticationPrincipal SignedInMember me, Model model) {
		return ownPage(me, new OwnActivityForm(), model);
	}

	@PostMapping("/me/activities")
	String add(@AuthenticationPrincipal SignedInMember me, @ModelAttribute("form") OwnActivityForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		form.validate(errors);
		if (!errors.hasErrors() && this.members.countOwn(me.id()) >= MemberActivities.MAX_OWN) {
			errors.reject("toolbox.own.too-many", new Object[] { MemberActivities.MAX_OWN }, null);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return ownPage(me, form, model);
		}
		this.members.add(me.id(), form.cleanTitle(), form.cleanNote());
		redirect.addFlashAttribute("saved", "toolbox.own.added");
		return "redirect:/me/activities";
	}

	@GetMapping("/me/activities/{id}")
	String editOwn(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
		MemberActivities.OwnActivity own = this.members.own(me.id(), id).orElseThrow(ActivityNotFoundException::new);
		model.addAttribute("own", own);
		model.addAttribute("form", OwnActivityForm.of(own));
		return "toolbox/own";
	}

	@PostMapping("/me/activities/{id}")
	String editOwn(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@ModelAttribute("form") OwnActivityForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		MemberActivities.OwnActivity own = this.members.own(me.id(), id).orElseThrow(ActivityNotFoundException::new);
		form.validate(errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("own", own);
			return "toolbox/own";
		}
		this.members.change(me.id(), id, form.cleanTitle(), form.cleanNote());
		redirect.addFlashAttribute("saved", "toolbox.own.changed");
		return "redirect:/me/activities";
	}

	@PostMapping("/me/activities/{id}/delete")
	String deleteOwn(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@RequestParam(defaultValue = "false") String confirm, RedirectAttributes redirect) {
		this.members.own(me.id(), id).orElseThrow(ActivityNotFoundException::new);
		if (!"true".equals(confirm)) {
			redirect.addFlashAttribute("refused", "toolbox.own.delete.confirm.needed");
			return "redirect:/me/activities/" + id;
		}
		if (!this.members.delete(me.id(), id)) {
			throw new ActivityNotFoundException();
		}
		redirect.addFlashAttribute("saved", "toolbox.own.deleted");
		return "redirect:/me/activities";
	}

	private String ownPage(SignedInMember me, OwnActivityForm form, Model model) {
		model.addAttribute("mine", this.members.own(me.id()));
		model.addAttribute("form", form);
		return "toolbox/mine";
	}

	private List<CopingActivity> published() {
		return this.activities.findByWorkflowStateOrderByCategoryAscTitleAsc(Workflow.State.PUBLISHED)
			.stream()
			.sorted(Comparator.comparing(CopingActivity::getCategory).thenComparing(CopingActivity::getTitle))
			.toList();
	}

}
