package org.holdfast.community;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.holdfast.system.PageNumber;
import org.jspecify.annotations.Nullable;

import org.holdfast.account.Role;
import org.holdfast.account.SignedInMember;
import org.holdfast.markdown.Markdown;
import org.holdfast.moderation.ModerationProperties;
import org.holdfast.moderation.Notices;

import org.springframework.context.MessageSource;
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
 * The community's pages: the spaces, a space's threads, a thread, and writing, changing
 * and deleting posts. Reading needs an account, because teen and adult spaces are kept
 * apart by the age band chosen at sign-up: a member who may not see a space, its threads
 * or its posts gets the same 404 as for something that does not exist.
 */
@Controller
class CommunityController {

	static final String FORM = "community/form";

	private final Spaces spaces;

	private final Forum forum;

	private final Posting posting;

	private final Mutes mutes;

	private final Notices notices;

	private final Markdown markdown;

	private final ModerationProperties moderation;

	private final CommunityProperties properties;

	private final MessageSource messages;

	private final Clock clock;

	CommunityController(Spaces spaces, Forum forum, Posting posting, Mutes mutes, Notices notices, Markdown markdown,
			ModerationProperties moderation, CommunityProperties properties, MessageSource messages, Clock clock) {
		this.markdown = markdown;
		this.moderation = moderation;
		this.properties = properties;
		this.messages = messages;
		this.spaces = spaces;
		this.forum = forum;
		this.posting = posting;
		this.mutes = mutes;
		this.notices = notices;
		this.clock = clock;
	}

	/**
	 * A post as one reader sees it: whether it is theirs, new to them, or folded away
	 * because a member they muted wrote it or it mentions something they muted.
	 */
	record Shown(Forum.PostView post, boolean mine, boolean byMutedMember, boolean mentionsMuted, boolean fresh,
			String when) {

		public boolean isMuted() {
			return this.byMutedMember || this.mentionsMuted;
		}

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
		List<Space> all = this.spaces.all();
		model.addAttribute("spaces", (me != null) ? all.stream().filter((space) -> space.openTo(me)).toList()
				: all.stream().filter((space) -> !space.isTeen()).toList());
		model.addAttribute("unread", (me != null) ? this.notices.unread(me.id()) : 0L);
		return "community/index";
	}

	@GetMapping("/community/how-we-moderate")
	String howWeModerate(Locale locale, Model model) {
		model.addAttribute("moderation", this.moderation);
		model.addAttribute("staffedHours", staffedHours(locale));
		model.addAttribute("newAccountDays", this.properties.newAccountDays());
		List<Integer> ladder = this.moderation.suspensionDays();
		model.addAttribute("ladder", ladder.get(0));
		model.addAttribute("ladderNext", ladder.get(Math.min(1, ladder.size() - 1)));
		return "community/how-we-moderate";
	}

	/** The staffed hours in words: "Monday to Friday, 09:00 to 21:00 (UTC)". */
	private String staffedHours(Locale locale) {
		List<DayOfWeek> days = this.moderation.staffedDays().stream().sorted().toList();
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
				new Object[] { dayWords, this.moderation.staffedFrom().toString(),
						this.moderation.staffedUntil().toString(), this.moderation.zone().getId() },
				locale);
	}

	private static String name(DayOfWeek day, Locale locale) {
		return day.getDisplayName(TextStyle.FULL, locale);
	}

	@GetMapping("/community/{slug}")
	String space(@AuthenticationPrincipal SignedInMember me, @PathVariable String slug,
			@RequestParam(defaultValue = "0") String page, Locale locale, Model model) {
		DateTimeFormatter times = times(locale);
		Space space = space(me, slug);
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
		Space space = space(me, slug);
		return form(me, space, null, null, new PostForm(), null, model);
	}

	@PostMapping("/community/{slug}/new")
	String startThread(@AuthenticationPrincipal SignedInMember me, @PathVariable String slug,
			@ModelAttribute("post") PostForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Space space = space(me, slug);
		if (form.editing()) {
			return form(me, space, null, null, form, null, model);
		}
		form.validate(errors, true);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(me, space, null, null, form, null, model);
		}
		return outcome(this.posting.startThread(me, space, form), me, space, null, null, form, model, response,
				redirect);
	}

	@GetMapping("/community/threads/{id}")
	String thread(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@RequestParam(defaultValue = "0") String page, Locale locale, Model model) {
		DateTimeFormatter times = times(locale);
		Forum.ThreadView thread = thread(me, id);
		Space space = this.spaces.find(thread.spaceId()).orElseThrow();
		boolean moderator = moderator(me);
		Instant seen = this.forum.visit(me.id(), id, this.clock.instant());
		int current = PageNumber.fromZero(page);
		List<Forum.PostView> posts = this.forum.posts(id, current, me.id(), moderator);
		Mutes.Muted muted = this.mutes.of(me.id());
		model.addAttribute("space", space);
		model.addAttribute("thread", thread);
		model.addAttribute("posts",
				posts.stream()
					.limit(Forum.POSTS_PER_PAGE)
					.map((post) -> new Shown(post, post.by(me.id()), !post.by(me.id()) && muted.wrote(post.authorId()),
							!post.by(me.id()) && muted.mentioned(post.body(), post.contentWarning(),
									post.opener() ? thread.title() : null),
							seen != null && post.createdAt().isAfter(seen) && !post.by(me.id()),
							times.format(post.createdAt())))
					.toList());
		model.addAttribute("page", current);
		model.addAttribute("more", posts.size() > Forum.POSTS_PER_PAGE);
		model.addAttribute("moderator", moderator);
		if (!model.containsAttribute("post")) {
			model.addAttribute("post", new PostForm());
		}
		model.addAttribute("refusal", this.posting.refusal(me, space, thread, false, false).orElse(null));
		return "community/thread";
	}

	@PostMapping("/community/threads/{id}/reply")
	String reply(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@ModelAttribute("post") PostForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Forum.ThreadView thread = thread(me, id);
		Space space = this.spaces.find(thread.spaceId()).orElseThrow();
		if (form.editing()) {
			return form(me, space, thread, null, form, null, model);
		}
		form.validate(errors, false);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(me, space, thread, null, form, null, model);
		}
		return outcome(this.posting.reply(me, space, thread, form), me, space, thread, null, form, model, response,
				redirect);
	}

	@GetMapping("/community/posts/{id}")
	String post(@AuthenticationPrincipal SignedInMember me, @PathVariable long id) {
		Forum.PostView post = visiblePost(me, id);
		return redirectTo(me, post.threadId(), id);
	}

	/** Where a post is: its thread, on the page that holds it, at the post. */
	private String redirectTo(SignedInMember me, long threadId, long postId) {
		return redirectTo(me, threadId, postId, "post-" + postId);
	}

	/** The page of the thread with the post, scrolled to the anchor. */
	private String redirectTo(SignedInMember me, long threadId, long postId, String anchor) {
		int page = this.forum.pageOf(postId, threadId, me.id(), moderator(me));
		return "redirect:/community/threads/" + threadId + ((page > 0) ? "?page=" + page : "") + "#" + anchor;
	}

	@GetMapping("/community/posts/{id}/edit")
	String edit(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
		Forum.PostView post = ownPost(me, id);
		Forum.ThreadView thread = this.forum.thread(post.threadId()).orElseThrow();
		PostForm form = new PostForm();
		form.setTitle(thread.title());
		form.setBody(post.body());
		form.setContentWarning(post.contentWarning());
		return form(me, this.spaces.find(thread.spaceId()).orElseThrow(), thread, post, form, null, model);
	}

	@PostMapping("/community/posts/{id}/edit")
	String edit(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@ModelAttribute("post") PostForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Forum.PostView post = ownPost(me, id);
		Forum.ThreadView thread = this.forum.thread(post.threadId()).orElseThrow();
		Space space = this.spaces.find(thread.spaceId()).orElseThrow();
		if (form.editing()) {
			return form(me, space, thread, post, form, null, model);
		}
		form.validate(errors, post.opener());
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(me, space, thread, post, form, null, model);
		}
		return outcome(this.posting.edit(me, space, thread, post, form), me, space, thread, post, form, model, response,
				redirect);
	}

	@GetMapping("/community/posts/{id}/delete")
	String delete(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
		model.addAttribute("post", ownPost(me, id));
		return "community/delete";
	}

	@PostMapping("/community/posts/{id}/delete")
	String delete(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, RedirectAttributes redirect) {
		Forum.PostView post = ownPost(me, id);
		this.posting.delete(post);
		redirect.addFlashAttribute("saved", "community.post.deleted");
		return "redirect:/community/threads/" + post.threadId();
	}

	@PostMapping("/community/posts/{id}/react")
	String react(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@RequestParam(defaultValue = "") String kind) {
		Forum.PostView post = visiblePost(me, id);
		if (!kind.equals("HEAR") && !kind.equals("STRENGTH")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		if (post.isPublished() && !post.by(me.id())) {
			this.posting.react(me, post, kind);
		}
		return redirectTo(me, post.threadId(), id);
	}

	private String outcome(Posting.Outcome outcome, SignedInMember me, Space space, Forum.@Nullable ThreadView thread,
			Forum.@Nullable PostView post, PostForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (outcome instanceof Posting.Posted posted) {
			redirect.addFlashAttribute("saved", posted.waiting() ? "community.post.waiting" : "community.post.posted");
			redirect.addFlashAttribute("help", posted.help());
			// Someone who may be in danger lands on their crisis lines, not on the post.
			return redirectTo(me, posted.threadId(), posted.postId(),
					posted.help() ? "crisis-lines" : "post-" + posted.postId());
		}
		if (outcome instanceof Posting.Help help) {
			model.addAttribute("emergency", help.emergency());
			model.addAttribute("space", space);
			model.addAttribute("thread", thread);
			model.addAttribute("editing", post);
			model.addAttribute("post", form);
			model.addAttribute("action", action(space, thread, post));
			return "community/crisis";
		}
		if (outcome instanceof Posting.Checked checked) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("help", checked.help());
			return form(me, space, thread, post, form, checked.check(), model);
		}
		Posting.Refused refused = (Posting.Refused) outcome;
		response.setStatus(refused.status());
		model.addAttribute("refusal", refused);
		return form(me, space, thread, post, form, null, model);
	}

	private String form(SignedInMember me, Space space, Forum.@Nullable ThreadView thread,
			Forum.@Nullable PostView post, PostForm form, @Nullable String check, Model model) {
		model.addAttribute("space", space);
		model.addAttribute("thread", thread);
		model.addAttribute("editing", post);
		model.addAttribute("post", form);
		model.addAttribute("check", check);
		model.addAttribute("action", action(space, thread, post));
		if (!model.containsAttribute("refusal")) {
			model.addAttribute("refusal", this.posting.refusal(me, space, thread, false, post != null).orElse(null));
		}
		return FORM;
	}

	private static String action(Space space, Forum.@Nullable ThreadView thread, Forum.@Nullable PostView post) {
		if (post != null) {
			return "/community/posts/" + post.id() + "/edit";
		}
		return (thread != null) ? "/community/threads/" + thread.id() + "/reply"
				: "/community/" + space.slug() + "/new";
	}

	private Space space(SignedInMember me, String slug) {
		return this.spaces.find(slug.toLowerCase(Locale.ROOT))
			.filter((space) -> space.openTo(me))
			.orElseThrow(CommunityController::notFound);
	}

	/** A thread the member may open: in a space for them, and listed unless theirs. */
	private Forum.ThreadView thread(SignedInMember me, long id) {
		Forum.ThreadView thread = this.forum.thread(id).orElseThrow(CommunityController::notFound);
		Space space = this.spaces.find(thread.spaceId()).orElseThrow();
		boolean own = thread.authorId() != null && thread.authorId() == me.id();
		if (!space.openTo(me) || !(thread.listed() || own || moderator(me))) {
			throw notFound();
		}
		return thread;
	}

	private Forum.PostView visiblePost(SignedInMember me, long id) {
		Forum.PostView post = this.forum.post(id, me.id()).orElseThrow(CommunityController::notFound);
		thread(me, post.threadId());
		if (!(post.isPublished() || post.isDeleted() || post.by(me.id()) || moderator(me))) {
			throw notFound();
		}
		return post;
	}

	/** The member's own post, in a state they can still change. */
	private Forum.PostView ownPost(SignedInMember me, long id) {
		Forum.PostView post = this.forum.post(id, me.id()).orElseThrow(CommunityController::notFound);
		if (!post.by(me.id()) || post.isDeleted() || "HIDDEN".equals(post.state())) {
			throw notFound();
		}
		thread(me, post.threadId());
		return post;
	}

	static boolean moderator(SignedInMember me) {
		return me.actsAs(Role.MODERATOR);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
