package org.holdfast.community;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.holdfast.account.SignedInMember;
import org.holdfast.markdown.Markdown;
import org.holdfast.moderation.ModerationProperties;
import org.holdfast.moderation.Notices;
import org.holdfast.moderation.StaffedHours;
import org.holdfast.system.PageNumber;

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
 * The community's front page, "how we moderate", a space's threads and starting a thread.
 * Reading a space needs an account, because teen and adult spaces are kept apart by the
 * age band chosen at sign-up ({@link Audience}).
 */
@Controller
class SpaceController {

	private final Spaces spaces;

	private final Forum forum;

	private final Visible visible;

	private final Posting posting;

	private final PostPages pages;

	private final Mutes mutes;

	private final Notices notices;

	private final Markdown markdown;

	private final StaffedHours staffedHours;

	private final ModerationProperties moderation;

	private final CommunityProperties properties;

	SpaceController(Spaces spaces, Forum forum, Visible visible, Posting posting, PostPages pages, Mutes mutes,
			Notices notices, Markdown markdown, StaffedHours staffedHours, ModerationProperties moderation,
			CommunityProperties properties) {
		this.spaces = spaces;
		this.forum = forum;
		this.visible = visible;
		this.posting = posting;
		this.pages = pages;
		this.mutes = mutes;
		this.notices = notices;
		this.markdown = markdown;
		this.staffedHours = staffedHours;
		this.moderation = moderation;
		this.properties = properties;
	}

	/**
	 * A thread in a list as one reader sees it: folded away if a member they muted
	 * started it or it mentions something they muted.
	 */
	record Listed(Forum.ThreadSummary thread, boolean byMutedMember, boolean mentionsMuted, String when) {

		public boolean isMuted() {
			return this.byMutedMember || this.mentionsMuted;
		}

	}

	/**
	 * How times are written on the community's pages (in the server's zone, as
	 * elsewhere).
	 */
	static DateTimeFormatter times(Locale locale) {
		return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale).withZone(ZoneId.systemDefault());
	}

	@GetMapping("/community")
	String spaces(@AuthenticationPrincipal @Nullable SignedInMember me, Model model) {
		Audience audience = Audience.of(me);
		model.addAttribute("spaces", this.spaces.all().stream().filter(audience::maySee).toList());
		model.addAttribute("unread", (me != null) ? this.notices.unread(me.id()) : 0L);
		return "community/index";
	}

	@GetMapping("/community/how-we-moderate")
	String howWeModerate(Locale locale, Model model) {
		model.addAttribute("moderation", this.moderation);
		model.addAttribute("staffedHours", this.staffedHours.describe(locale));
		model.addAttribute("newAccountDays", this.properties.newAccountDays());
		List<Integer> ladder = this.moderation.suspensionDays();
		model.addAttribute("ladder", ladder.get(0));
		model.addAttribute("ladderNext", ladder.get(Math.min(1, ladder.size() - 1)));
		return "community/how-we-moderate";
	}

	@GetMapping("/community/{slug}")
	String space(@AuthenticationPrincipal SignedInMember me, @PathVariable String slug,
			@RequestParam(defaultValue = "0") String page, Locale locale, Model model) {
		DateTimeFormatter times = times(locale);
		Space space = this.visible.space(me, slug);
		int current = PageNumber.fromZero(page);
		List<Forum.ThreadSummary> threads = this.forum.threads(space.id(), current, me.id());
		Mutes.Muted muted = this.mutes.of(me.id());
		model.addAttribute("space", space);
		model.addAttribute("guidelines", this.markdown.renderPost(space.guidelines()));
		model.addAttribute("threads", threads.stream()
			.limit(Forum.THREADS_PER_PAGE)
			.map((thread) -> new Listed(thread, muted.wrote(thread.authorId()),
					muted.mentioned(thread.title(), thread.contentWarning()), times.format(thread.lastActivityAt())))
			.toList());
		model.addAttribute("waiting", this.forum.waiting(space.id(), me.id()));
		model.addAttribute("page", current);
		model.addAttribute("more", threads.size() > Forum.THREADS_PER_PAGE);
		return "community/space";
	}

	@GetMapping("/community/{slug}/new")
	String startThread(@AuthenticationPrincipal SignedInMember me, @PathVariable String slug, Model model) {
		return this.pages.form(me, PostPages.Place.newThread(this.visible.space(me, slug)), new PostForm(), null,
				model);
	}

	@PostMapping("/community/{slug}/new")
	String startThread(@AuthenticationPrincipal SignedInMember me, @PathVariable String slug,
			@ModelAttribute("post") PostForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Space space = this.visible.space(me, slug);
		PostPages.Place place = PostPages.Place.newThread(space);
		if (form.editing()) {
			return this.pages.form(me, place, form, null, model);
		}
		form.validate(errors, true);
		if (errors.hasErrors()) {
			return this.pages.invalid(me, place, form, model, response);
		}
		return this.pages.outcome(this.posting.startThread(me, space, form), me, place, form, model, response,
				redirect);
	}

}
