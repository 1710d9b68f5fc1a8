package org.holdfast.community;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.holdfast.account.SignedInMember;
import org.holdfast.admin.AuditLog;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moderators change each space's settings: whether a moderator reads every post first,
 * whether new accounts may post, what happens to method detail, and the hourly limits.
 * Who a space is for (teens or adults) is not a setting: moving a space between age
 * groups would show everything in it to the other group.
 */
@Controller
class SpaceSettingsController {

	private static final String SETTINGS = "community/settings";

	static final int MAX_PER_HOUR = 1000;

	private final Spaces spaces;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	SpaceSettingsController(Spaces spaces, JdbcClient jdbc, AuditLog audit, TransactionTemplate transactions) {
		this.spaces = spaces;
		this.jdbc = jdbc;
		this.audit = audit;
		this.transactions = transactions;
	}

	@GetMapping("/moderation/spaces")
	String spaces(Model model) {
		model.addAttribute("spaces", this.spaces.all());
		return "community/spaces-settings";
	}

	@GetMapping("/moderation/spaces/{slug}")
	String settings(@PathVariable String slug, Model model) {
		Space space = find(slug);
		return form(space, Map.of("postsPerHour", Integer.toString(space.postsPerHour()), "newAccountPostsPerHour",
				Integer.toString(space.newAccountPostsPerHour())), Map.of(), model);
	}

	@PostMapping("/moderation/spaces/{slug}")
	String change(@AuthenticationPrincipal SignedInMember me, @PathVariable String slug,
			@RequestParam(defaultValue = "false") boolean premoderated,
			@RequestParam(defaultValue = "false") boolean newAccountsMayPost,
			@RequestParam(defaultValue = "") String methodPolicy, @RequestParam(defaultValue = "") String postsPerHour,
			@RequestParam(defaultValue = "") String newAccountPostsPerHour, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Space space = find(slug);
		Map<String, String> errors = new LinkedHashMap<>();
		Integer perHour = limit(postsPerHour, "postsPerHour", errors);
		Integer newPerHour = limit(newAccountPostsPerHour, "newAccountPostsPerHour", errors);
		Space.MethodPolicy policy = null;
		for (Space.MethodPolicy candidate : Space.MethodPolicy.values()) {
			if (candidate.name().equals(methodPolicy)) {
				policy = candidate;
			}
		}
		if (policy == null) {
			errors.put("methodPolicy", "community.settings.error.policy");
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Space typed = new Space(space.id(), space.slug(), space.name(), space.description(), space.guidelines(),
					space.audience(), premoderated, newAccountsMayPost,
					(policy != null) ? policy : space.methodPolicy(), space.postsPerHour(),
					space.newAccountPostsPerHour());
			return form(typed, Map.of("postsPerHour", postsPerHour, "newAccountPostsPerHour", newAccountPostsPerHour),
					errors, model);
		}
		Space.MethodPolicy chosen = policy;
		this.transactions.executeWithoutResult((tx) -> {
			this.jdbc.sql("""
					update community_space set premoderated = ?, new_accounts_may_post = ?, method_policy = ?,
					       posts_per_hour = ?, new_account_posts_per_hour = ? where id = ?""")
				.params(premoderated, newAccountsMayPost, chosen.name(), perHour, newPerHour, space.id())
				.update();
			this.audit.record(me.id(), "space.changed", null,
					String.format(Locale.ROOT, "%s: premoderated %s, new accounts %s, method %s, %d/%d per hour",
							space.slug(), premoderated, newAccountsMayPost, chosen, perHour, newPerHour),
					null);
		});
		this.spaces.changed();
		redirect.addFlashAttribute("saved", "community.settings.saved");
		return "redirect:/moderation/spaces";
	}

	private static Integer limit(String value, String field, Map<String, String> errors) {
		String trimmed = value.strip();
		if (!trimmed.matches("\\d{1,4}") || Integer.parseInt(trimmed) < 1 || Integer.parseInt(trimmed) > MAX_PER_HOUR) {
			errors.put(field, "community.settings.error.limit");
			return null;
		}
		return Integer.parseInt(trimmed);
	}

	private String form(Space space, Map<String, String> typed, Map<String, String> errors, Model model) {
		model.addAttribute("space", space);
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("policies", Space.MethodPolicy.values());
		model.addAttribute("max", MAX_PER_HOUR);
		return SETTINGS;
	}

	private Space find(String slug) {
		return this.spaces.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
