package org.holdfast.admin;

import org.holdfast.system.PageNumber;
import org.holdfast.system.TextInput;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.holdfast.account.Member;
import org.holdfast.account.MemberRepository;
import org.holdfast.account.Role;
import org.holdfast.account.SignedInMember;
import org.holdfast.account.UsernamePolicy;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
 * The admin's member list and account page: roles granted and revoked, accounts suspended
 * and reinstated, a lost authenticator reset. Each change needs a reason and goes into
 * the audit log. The list shows what is stored and nothing more: username, roles, when
 * they joined.
 */
@Controller
class MemberAdminController {

	static final int PAGE_SIZE = 50;

	static final int MAX_REASON = 500;

	private final MemberRepository members;

	private final MemberAdministration administration;

	private final AuditEventRepository events;

	private final Clock clock;

	MemberAdminController(MemberRepository members, MemberAdministration administration, AuditEventRepository events,
			Clock clock) {
		this.members = members;
		this.administration = administration;
		this.events = events;
		this.clock = clock;
	}

	@GetMapping("/admin")
	String home() {
		return "redirect:/admin/members";
	}

	@GetMapping("/admin/members")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") String page, Model model) {
		String search = q.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
		if (search.length() > 30) {
			search = search.substring(0, 30);
		}
		Page<Member> found = this.members.findByUsernameContainingOrderByUsername(search,
				PageRequest.of(PageNumber.fromZero(page), PAGE_SIZE));
		model.addAttribute("members", found);
		model.addAttribute("q", search);
		return "admin/members";
	}

	@GetMapping("/admin/members/{username}")
	String member(@PathVariable String username, Model model) {
		return show(find(username), new AdminForm(), model);
	}

	@PostMapping("/admin/members/{username}/{action}")
	String change(@AuthenticationPrincipal SignedInMember me, @PathVariable String username,
			@PathVariable String action, @ModelAttribute("adminForm") AdminForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Member subject = find(username);
		String reason = form.getReason().strip();
		if (reason.isEmpty()) {
			errors.rejectValue("reason", "admin.reason.required");
		}
		else if (reason.length() > MAX_REASON) {
			errors.rejectValue("reason", "admin.reason.long");
		}
		else if (TextInput.hasControlCharacters(reason)) {
			errors.rejectValue("reason", "admin.reason.control");
		}
		Role role = Arrays.stream(Role.values())
			.filter((r) -> r.name().equals(form.getRole()))
			.findFirst()
			.orElse(null);
		if (role == null && (action.equals("grant") || action.equals("revoke"))) {
			errors.rejectValue("role", "admin.role.required");
		}
		if (!errors.hasErrors()) {
			try {
				switch (action) {
					case "grant" -> this.administration.grant(me.id(), subject, Objects.requireNonNull(role), reason);
					case "revoke" -> this.administration.revoke(me.id(), subject, Objects.requireNonNull(role), reason);
					case "suspend" -> this.administration.suspend(me.id(), subject, reason, this.clock.instant());
					case "reinstate" -> this.administration.reinstate(me.id(), subject, reason);
					case "reset-two-factor" -> this.administration.resetTwoFactor(me.id(), subject, reason);
					default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
				}
				redirect.addFlashAttribute("saved", "admin.saved." + action);
				return "redirect:/admin/members/" + subject.getUsername();
			}
			catch (MemberAdministration.Refused refused) {
				errors.reject(refused.code());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return show(subject, form, model);
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(defaultValue = "0") String page, Model model) {
		Page<AuditEvent> found = this.events
			.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(PageNumber.fromZero(page), PAGE_SIZE));
		model.addAttribute("events", found);
		model.addAttribute("names", names(found.getContent()));
		return "admin/audit";
	}

	private String show(Member member, AdminForm form, Model model) {
		model.addAttribute("member", member);
		model.addAttribute("adminForm", form);
		model.addAttribute("roles", Arrays.stream(Role.values()).filter((role) -> role != Role.MEMBER).toList());
		List<AuditEvent> history = this.events
			.findBySubjectIdOrderByOccurredAtDescIdDesc(member.getId(), PageRequest.of(0, 20))
			.getContent();
		model.addAttribute("history", history);
		model.addAttribute("names", names(history));
		return "admin/member";
	}

	/** Usernames for the account numbers in these events; deleted accounts have none. */
	private Map<Long, String> names(List<AuditEvent> events) {
		List<Long> ids = events.stream()
			.flatMap((event) -> Stream.of(event.getActorId(), event.getSubjectId()))
			.filter(Objects::nonNull)
			.map(Long.class::cast)
			.distinct()
			.toList();
		Map<Long, String> names = new HashMap<>();
		this.members.findAllById(ids).forEach((member) -> names.put(member.getId(), member.getUsername()));
		return names;
	}

	private Member find(String username) {
		if (!UsernamePolicy.couldExist(username)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return this.members.findByUsername(username)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
