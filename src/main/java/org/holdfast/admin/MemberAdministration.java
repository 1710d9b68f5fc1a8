package org.holdfast.admin;

import org.holdfast.account.AccountSessions;
import org.holdfast.account.AgeBand;
import org.holdfast.account.Member;
import org.holdfast.account.MemberRepository;
import org.holdfast.account.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin may do to an account, each change with its audit record in one
 * transaction. The member's sessions end with every change, so a revoked role or a
 * suspension takes effect at once on every device, and a granted role only after the
 * member signs in again (with a second factor for staff roles).
 */
@Service
class MemberAdministration {

	private final MemberRepository members;

	private final AuditLog audit;

	private final AccountSessions sessions;

	MemberAdministration(MemberRepository members, AuditLog audit, AccountSessions sessions) {
		this.members = members;
		this.audit = audit;
		this.sessions = sessions;
	}

	/** A change that cannot be made, with the message code that says why. */
	static class Refused extends RuntimeException {

		private final String code;

		Refused(String code) {
			super(code);
			this.code = code;
		}

		String code() {
			return this.code;
		}

	}

	@Transactional
	void grant(long actorId, Member subject, Role role, String reason) {
		Member member = reload(subject);
		if (role.adultsOnly() && member.getAgeBand() != AgeBand.ADULT) {
			throw new Refused("admin.refused.adults-only");
		}
		if (!member.grant(role)) {
			throw new Refused("admin.refused.has-role");
		}
		changed(actorId, member, "role.granted", role.name(), reason);
	}

	@Transactional
	void revoke(long actorId, Member subject, Role role, String reason) {
		Member member = reload(subject);
		if (role == Role.MEMBER) {
			throw new Refused("admin.refused.member-role");
		}
		if (role == Role.ADMIN && member.getId() == actorId) {
			throw new Refused("admin.refused.own-admin");
		}
		if (!member.revoke(role)) {
			throw new Refused("admin.refused.lacks-role");
		}
		changed(actorId, member, "role.revoked", role.name(), reason);
	}

	@Transactional
	void suspend(long actorId, Member subject, String reason, java.time.Instant now) {
		Member member = reload(subject);
		if (member.getId() == actorId) {
			throw new Refused("admin.refused.self");
		}
		if (member.isSuspended()) {
			throw new Refused("admin.refused.suspended");
		}
		member.suspend(reason, now);
		changed(actorId, member, "account.suspended", null, reason);
	}

	@Transactional
	void reinstate(long actorId, Member subject, String reason) {
		Member member = reload(subject);
		if (!member.isSuspended()) {
			throw new Refused("admin.refused.not-suspended");
		}
		member.reinstate();
		changed(actorId, member, "account.reinstated", null, reason);
	}

	@Transactional
	void resetTwoFactor(long actorId, Member subject, String reason) {
		Member member = reload(subject);
		if (!member.hasTwoFactor()) {
			throw new Refused("admin.refused.no-two-factor");
		}
		member.resetTwoFactor();
		changed(actorId, member, "two-factor.reset", null, reason);
	}

	private Member reload(Member subject) {
		return this.members.findById(subject.getId()).orElseThrow(() -> new Refused("admin.refused.gone"));
	}

	private void changed(long actorId, Member member, String action, @org.jspecify.annotations.Nullable String detail,
			String reason) {
		this.audit.record(actorId, action, member.getId(), detail, reason);
		this.sessions.endAll(member.getUsername());
	}

}
