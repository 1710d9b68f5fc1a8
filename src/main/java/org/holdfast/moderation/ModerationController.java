package org.holdfast.moderation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.holdfast.system.PageNumber;
import org.jspecify.annotations.Nullable;

import org.holdfast.account.MemberRepository;
import org.holdfast.account.SignedInMember;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moderators' pages: the queue, one item with everything needed to decide it (the
 * post behind its content warning, its earlier versions, the reports, the writer's
 * history), the decision itself, locking threads and answering appeals. Only moderators
 * reach {@code /moderation/**}, after two-step sign-in.
 */
@Controller
class ModerationController {

	private static final String QUEUE = "moderation/queue";

	private static final String ITEM = "moderation/item";

	private static final String APPEAL = "moderation/appeal";

	private final Queue queue;

	private final Moderation moderation;

	private final ModeratedPosts posts;

	private final Notices notices;

	private final Suspensions suspensions;

	private final MemberRepository members;

	private final Review review;

	ModerationController(Queue queue, Moderation moderation, ModeratedPosts posts, Notices notices,
			Suspensions suspensions, MemberRepository members, Review review) {
		this.review = review;
		this.queue = queue;
		this.moderation = moderation;
		this.posts = posts;
		this.notices = notices;
		this.suspensions = suspensions;
		this.members = members;
	}

	/** An item in the list, with its post when it is about one. */
	record Entry(Queue.Item item, ModeratedPosts.@Nullable Post post) {
	}

	@GetMapping("/moderation")
	String queue(@AuthenticationPrincipal SignedInMember me, @RequestParam(defaultValue = "0") String page,
			Model model) {
		int current = PageNumber.fromZero(page);
		List<Queue.Item> items = this.queue.open(current);
		model.addAttribute("entries",
				items.stream()
					.limit(Queue.PAGE)
					.map((item) -> new Entry(item,
							(item.postId() != null) ? this.posts.find(item.postId()).orElse(null) : null))
					.toList());
		model.addAttribute("page", current);
		model.addAttribute("more", items.size() > Queue.PAGE);
		model.addAttribute("waiting", this.queue.count());
		model.addAttribute("appeals", this.notices.appeals());
		model.addAttribute("me", me.id());
		return QUEUE;
	}

	@GetMapping("/moderation/items/{id}")
	String item(@PathVariable long id, Model model) {
		return item(find(id), new DecisionForm(), model);
	}

	@PostMapping("/moderation/items/{id}")
	String decide(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, DecisionForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Queue.Item item = find(id);
		Moderation.Decision decision = form.decision();
		if (decision == null) {
			form.setError("moderation.decision.error.choose");
		}
		else {
			try {
				this.moderation.decide(id, me.id(), decision, form.getReason());
				redirect.addFlashAttribute("saved", "moderation.decided." + decision.name());
				return "redirect:/moderation";
			}
			catch (Moderation.Refused ex) {
				form.setError(ex.key());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return item(this.queue.find(id).orElse(item), form, model);
	}

	private String item(Queue.Item item, DecisionForm form, Model model) {
		ModeratedPosts.Post post = (item.postId() != null) ? this.posts.find(item.postId()).orElse(null) : null;
		Long writer = (post != null) ? post.authorId() : item.profileId();
		model.addAttribute("item", item);
		model.addAttribute("post", post);
		model.addAttribute("versions", (post != null) ? this.posts.versions(post.id()) : List.of());
		model.addAttribute("reports", this.queue.reports(item.id()));
		model.addAttribute("writer", (writer != null) ? this.members.findById(writer).orElse(null) : null);
		model.addAttribute("history", (writer != null) ? this.notices.of(writer) : List.of());
		model.addAttribute("suspended", (writer != null) ? this.suspensions.current(writer).orElse(null) : null);
		model.addAttribute("nextSuspension",
				(writer != null) ? this.suspensions.nextLength(writer).map((d) -> d.toDays()).orElse(null) : null);
		model.addAttribute("decisions", Moderation.Decision.values());
		model.addAttribute("form", form);
		return ITEM;
	}

	/** Opens (or finds) a post's item so that a moderator can act on any post. */
	@PostMapping("/moderation/posts/{id}/review")
	String review(@AuthenticationPrincipal SignedInMember me, @PathVariable long id) {
		this.posts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return "redirect:/moderation/items/" + this.review.open(id, Set.of(), null);
	}

	@PostMapping("/moderation/threads/{id}/lock")
	String lock(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@RequestParam(defaultValue = "true") boolean locked, RedirectAttributes redirect) {
		this.moderation.lock(id, me.id(), locked);
		redirect.addFlashAttribute("saved", locked ? "moderation.locked" : "moderation.unlocked");
		return "redirect:/community/threads/" + id;
	}

	@GetMapping("/moderation/appeals/{id}")
	String appeal(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
		return appeal(me, findAppeal(id), null, null, model);
	}

	@PostMapping("/moderation/appeals/{id}")
	String answer(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@RequestParam(required = false) @Nullable String outcome,
			@RequestParam(required = false) @Nullable String answer, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Notices.Notice notice = findAppeal(id);
		String error;
		if (!"UPHELD".equals(outcome) && !"DECLINED".equals(outcome)) {
			error = "moderation.appeal.error.choose";
		}
		else if (answer != null && answer.strip().length() > 1000) {
			error = "moderation.appeal.error.long";
		}
		else {
			try {
				this.moderation.answer(id, me.id(), "UPHELD".equals(outcome), answer);
				redirect.addFlashAttribute("saved", "moderation.appeal.answered");
				return "redirect:/moderation";
			}
			catch (Moderation.Refused ex) {
				error = ex.key();
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("outcome", outcome);
		return appeal(me, notice, error, answer, model);
	}

	private String appeal(SignedInMember me, Notices.Notice notice, @Nullable String error, @Nullable String answer,
			Model model) {
		model.addAttribute("notice", notice);
		model.addAttribute("mayAnswer", this.moderation.mayAnswer(notice, me.id()));
		model.addAttribute("post", (notice.postId() != null) ? this.posts.find(notice.postId()).orElse(null) : null);
		model.addAttribute("error", error);
		model.addAttribute("answer", answer);
		return APPEAL;
	}

	private Queue.Item find(long id) {
		return this.queue.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Notices.Notice findAppeal(long id) {
		Optional<Notices.Notice> notice = this.notices.find(id);
		return notice.filter(Notices.Notice::isAppealed)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The decision form: which decision, and the reason the writer will read. */
	static class DecisionForm {

		private @Nullable String decision;

		private @Nullable String reason;

		private @Nullable String error;

		public @Nullable String getDecision() {
			return this.decision;
		}

		public void setDecision(@Nullable String decision) {
			this.decision = decision;
		}

		public @Nullable String getReason() {
			return this.reason;
		}

		public void setReason(@Nullable String reason) {
			this.reason = reason;
		}

		public @Nullable String getError() {
			return this.error;
		}

		void setError(String error) {
			this.error = error;
		}

		Moderation.@Nullable Decision decision() {
			for (Moderation.Decision candidate : Moderation.Decision.values()) {
				if (candidate.name().equals(this.decision)) {
					return candidate;
				}
			}
			return null;
		}

	}

}
