package org.holdfast.admin;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One thing staff did: who, what, to whom, when and why. Never changed once written (the
 * database refuses updates and deletes). Members are named by account number, so the
 * record keeps no username of an account that is later deleted.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private Instant occurredAt;

	private @Nullable Long actorId;

	private String action;

	private @Nullable Long subjectId;

	private @Nullable String detail;

	private @Nullable String reason;

	protected AuditEvent() {
		this.occurredAt = Instant.EPOCH;
		this.action = "";
	}

	AuditEvent(Instant occurredAt, @Nullable Long actorId, String action, @Nullable Long subjectId,
			@Nullable String detail, @Nullable String reason) {
		this.occurredAt = occurredAt;
		this.actorId = actorId;
		this.action = action;
		this.subjectId = subjectId;
		this.detail = detail;
		this.reason = reason;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public @Nullable Long getActorId() {
		return this.actorId;
	}

	public String getAction() {
		return this.action;
	}

	public @Nullable Long getSubjectId() {
		return this.subjectId;
	}

	public @Nullable String getDetail() {
		return this.detail;
	}

	public @Nullable String getReason() {
		return this.reason;
	}

}
