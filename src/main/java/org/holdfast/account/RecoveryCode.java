package org.holdfast.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One single-use recovery code, stored only as a digest. */
@Entity
@Table(name = "recovery_code")
class RecoveryCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long memberId;

	private String codeHash;

	private Instant createdAt;

	private @Nullable Instant usedAt;

	protected RecoveryCode() {
		this.codeHash = "";
		this.createdAt = Instant.EPOCH;
	}

	RecoveryCode(long memberId, String codeHash, Instant now) {
		this.memberId = memberId;
		this.codeHash = codeHash;
		this.createdAt = now;
	}

	long getMemberId() {
		return this.memberId;
	}

	boolean isUsed() {
		return this.usedAt != null;
	}

	/**
	 * Uses the code up.
	 * @throws IllegalStateException if it was used before
	 */
	void use(Instant now) {
		if (isUsed()) {
			throw new IllegalStateException("Recovery code already used");
		}
		this.usedAt = now;
	}

}
