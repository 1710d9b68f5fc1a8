package org.holdfast.admin;

import java.time.Clock;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit log: every change staff make to an account, and the creation of the
 * first admin. Joins the caller's transaction, so a change and its record are written
 * together or not at all.
 */
@Service
public class AuditLog {

	private final AuditEventRepository events;

	private final Clock clock;

	AuditLog(AuditEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records one action.
	 * @param actorId who did it (null for the system)
	 * @param action a short code such as {@code role.granted}
	 * @param subjectId the account it was done to
	 * @param detail what exactly, such as the role
	 * @param reason why, as the member of staff wrote it
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(@Nullable Long actorId, String action, @Nullable Long subjectId, @Nullable String detail,
			@Nullable String reason) {
		this.events.save(new AuditEvent(this.clock.instant(), actorId, action, subjectId, detail, reason));
	}

}
