package org.holdfast.toolbox;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.holdfast.account.SignedInMember;
import org.holdfast.editorial.Workflow;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The urge timer ("ride the wave"): choose a length, then prompts come at intervals —
 * breathe, an activity, "has the urge changed?" — and at the end, how it went. With
 * JavaScript the ride is one live page ({@code /js/urge-timer.js}); without it, the same
 * ride is a page per prompt. Nothing is stored unless a member saves the outcome to their
 * journal. The ride lives in the address (length, start, urge before), so any page of it
 * can be reloaded or shared between tabs; how it went is sent in a form, so it stays out
 * of the browser's history.
 */
@Controller
class UrgeTimerController {

	private final ActivityRepository activities;

	private final MemberActivities members;

	private final Clock clock;

	UrgeTimerController(ActivityRepository activities, MemberActivities members, Clock clock) {
		this.activities = activities;
		this.members = members;
		this.clock = clock;
	}

	@GetMapping("/toolbox/urge-timer")
	String start(Model model) {
		model.addAttribute("lengths", UrgeTimer.LENGTHS);
		model.addAttribute("minutes", UrgeTimer.DEFAULT_MINUTES);
		return "toolbox/urge-timer";
	}

	/**
	 * One page of a ride. Without a start time it begins now (a redirect, so the address
	 * holds it).
	 */
	@GetMapping("/toolbox/urge-timer/ride")
	String ride(@AuthenticationPrincipal @Nullable SignedInMember me,
			@RequestParam(required = false) @Nullable String minutes,
			@RequestParam(required = false) @Nullable String before,
			@RequestParam(name = "started", required = false) @Nullable String start,
			@RequestParam(defaultValue = "1") String step, Model model, HttpServletResponse response) {
		Long started = epoch(start);
		// no length at all (a bare link): the usual ride
		Integer length = (minutes == null) ? Integer.valueOf(UrgeTimer.DEFAULT_MINUTES) : number(minutes, 1, 60);
		Integer urge = number(before, 0, 10);
		boolean badUrge = before != null && !before.isBlank() && urge == null;
		if (length == null || !UrgeTimer.allowed(length) || badUrge) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("lengths", UrgeTimer.LENGTHS);
			model.addAttribute("minutes", (length != null && UrgeTimer.allowed(length)) ? length : null);
			model.addAttribute("before", before);
			model.addAttribute("lengthError", length == null || !UrgeTimer.allowed(length));
			model.addAttribute("beforeError", badUrge);
			return "toolbox/urge-timer";
		}
		long now = this.clock.instant().getEpochSecond();
		if (started == null || started > now || started < now - 86_400) {
			return "redirect:/toolbox/urge-timer/ride?minutes=" + length + ((urge != null) ? "&before=" + urge : "")
					+ "&started=" + now;
		}
		UrgeTimer timer = plan(me, length, started);
		Integer number = number(step, 1, timer.prompts().size());
		int current = (number != null) ? number : 1;
		model.addAttribute("timer", timer);
		model.addAttribute("prompt", timer.prompts().get(current - 1));
		model.addAttribute("next", (current < timer.prompts().size()) ? timer.prompts().get(current) : null);
		model.addAttribute("elapsed", (int) Math.min(now - started, timer.seconds()));
		model.addAttribute("before", urge);
		model.addAttribute("started", started);
		return "toolbox/ride";
	}

	/** The end of a ride: how strong is the urge now, and what helped. */
	@GetMapping("/toolbox/urge-timer/end")
	String end(@AuthenticationPrincipal @Nullable SignedInMember me,
			@RequestParam(required = false) @Nullable String minutes,
			@RequestParam(required = false) @Nullable String before,
			@RequestParam(name = "started", required = false) @Nullable String start, Model model) {
		Long started = epoch(start);
		Integer length = number(minutes, 1, 60);
		if (length == null || !UrgeTimer.allowed(length) || started == null) {
			return "redirect:/toolbox/urge-timer";
		}
		model.addAttribute("timer", plan(me, length, started));
		model.addAttribute("before", number(before, 0, 10));
		model.addAttribute("started", started);
		model.addAttribute("elapsed", (int) Math.max(0, this.clock.instant().getEpochSecond() - started));
		return "toolbox/ride-end";
	}

	/**
	 * How it went: the urge before and after, and what to do next. A member can save it
	 * to their journal from here; for anyone else nothing is kept.
	 */
	@PostMapping("/toolbox/urge-timer/outcome")
	String outcome(@AuthenticationPrincipal @Nullable SignedInMember me,
			@RequestParam(required = false) @Nullable String minutes,
			@RequestParam(required = false) @Nullable String before,
			@RequestParam(name = "started", required = false) @Nullable String start,
			@RequestParam(required = false) @Nullable String after,
			@RequestParam(name = "helped", required = false) @Nullable List<String> helped, Model model,
			HttpServletResponse response) {
		Long started = epoch(start);
		Integer length = number(minutes, 1, 60);
		if (length == null || !UrgeTimer.allowed(length) || started == null) {
			return "redirect:/toolbox/urge-timer";
		}
		UrgeTimer timer = plan(me, length, started);
		Integer now = number(after, 0, 10);
		if (now == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("timer", timer);
			model.addAttribute("before", number(before, 0, 10));
			model.addAttribute("started", started);
			model.addAttribute("elapsed", (int) Math.max(0, this.clock.instant().getEpochSecond() - started));
			model.addAttribute("afterError", true);
			model.addAttribute("helped", (helped != null) ? helped : List.of());
			return "toolbox/ride-end";
		}
		Set<String> offered = Set.copyOf(timer.suggested().stream().map((a) -> "a" + a.getId()).toList());
		List<String> chosen = (helped != null) ? helped.stream().filter(offered::contains).distinct().toList()
				: List.of();
		model.addAttribute("timer", timer);
		model.addAttribute("before", number(before, 0, 10));
		model.addAttribute("after", now);
		model.addAttribute("helped", chosen);
		model.addAttribute("helpedActivities",
				timer.suggested().stream().filter((a) -> chosen.contains("a" + a.getId())).toList());
		return "toolbox/ride-outcome";
	}

	private UrgeTimer plan(@Nullable SignedInMember me, int minutes, long started) {
		List<CopingActivity> published = this.activities
			.findByWorkflowStateOrderByCategoryAscTitleAsc(Workflow.State.PUBLISHED)
			.stream()
			.sorted(Comparator.comparing(CopingActivity::getId))
			.toList();
		List<CopingActivity> breathe = published.stream()
			.filter((a) -> a.getCategory() == CopingActivity.Category.BREATHE)
			.toList();
		List<CopingActivity> others = published.stream()
			.filter((a) -> a.getCategory() != CopingActivity.Category.BREATHE)
			.toList();
		if (me != null) {
			// a member's favourites first, when they have enough to vary
			Set<Long> favourites = this.members.favourites(me.id());
			List<CopingActivity> liked = others.stream().filter((a) -> favourites.contains(a.getId())).toList();
			if (liked.size() >= 2) {
				others = liked;
			}
		}
		return UrgeTimer.plan(minutes, started, breathe, others);
	}

	private static @Nullable Long epoch(@Nullable String typed) {
		return (typed != null && typed.matches("\\d{1,12}")) ? Long.valueOf(typed) : null;
	}

	/** The number typed, if it is a whole number from {@code min} to {@code max}. */
	static @Nullable Integer number(@Nullable String typed, int min, int max) {
		if (typed == null || !typed.strip().matches("\\d{1,3}")) {
			return null;
		}
		int value = Integer.parseInt(typed.strip());
		return (value >= min && value <= max) ? value : null;
	}

}
