package org.holdfast.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A member: a username, a password hash, an age band and roles. Deliberately nothing else
 * that could identify a person: no email, no name, no date of birth, no address. State
 * changes go through guarded methods so that, for example, nobody can lose the
 * {@link Role#MEMBER} role or be suspended without a reason.
 */
@Entity
@Table(name = "member")
public class Member {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String username;

	/**
	 * The username with look-alike characters folded ({@link UsernamePolicy#skeleton}).
	 */
	@Column(name = "username_skeleton")
	private @Nullable String usernameSkeleton;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private AgeBand ageBand;

	private Instant joinedAt;

	private Instant agreedAt;

	private @Nullable String country;

	private @Nullable String totpSecret;

	private @Nullable Instant totpEnabledAt;

	private @Nullable Long totpLastStep;

	private @Nullable Instant suspendedAt;

	private @Nullable String suspensionReason;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "member_role", joinColumns = @JoinColumn(name = "member_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = new HashSet<>();

	protected Member() {
		this.username = "";
		this.passwordHash = "";
		this.ageBand = AgeBand.ADULT;
		this.joinedAt = Instant.EPOCH;
		this.agreedAt = Instant.EPOCH;
	}

	Member(String username, String passwordHash, AgeBand ageBand, Instant now) {
		this.username = username;
		this.usernameSkeleton = UsernamePolicy.skeleton(username);
		this.passwordHash = passwordHash;
		this.ageBand = ageBand;
		this.joinedAt = now;
		this.agreedAt = now;
		this.roles.add(Role.MEMBER);
	}

	public long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Member not saved yet");
		}
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public AgeBand getAgeBand() {
		return this.ageBand;
	}

	public Instant getJoinedAt() {
		return this.joinedAt;
	}

	public @Nullable String getCountry() {
		return this.country;
	}

	public Set<Role> getRoles() {
		return this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * Whether any of this member's roles is a staff role, which needs two-step sign-in.
	 */
	public boolean isStaff() {
		return this.roles.stream().anyMatch(Role::staff);
	}

	public boolean isSuspended() {
		return this.suspendedAt != null;
	}

	public @Nullable String getSuspensionReason() {
		return this.suspensionReason;
	}

	public boolean hasTwoFactor() {
		return this.totpEnabledAt != null;
	}

	@Nullable String getTotpSecret() {
		return this.totpSecret;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void chooseCountry(@Nullable String country) {
		this.country = country;
	}

	/**
	 * Grants a role; returns whether anything changed.
	 * @throws IllegalStateException for a role only adults may hold, if the member is not
	 * an adult
	 */
	public boolean grant(Role role) {
		if (role.adultsOnly() && this.ageBand != AgeBand.ADULT) {
			throw new IllegalStateException("Only adults may be " + role);
		}
		return this.roles.add(role);
	}

	/**
	 * Takes a role away; returns whether anything changed. Everyone stays a member.
	 * @throws IllegalArgumentException for {@link Role#MEMBER}
	 */
	public boolean revoke(Role role) {
		if (role == Role.MEMBER) {
			throw new IllegalArgumentException("Every account keeps the MEMBER role");
		}
		boolean changed = this.roles.remove(role);
		if (changed && !isStaff()) {
			resetTwoFactor();
		}
		return changed;
	}

	/**
	 * Suspends the account.
	 * @throws IllegalStateException if it is already suspended
	 */
	public void suspend(String reason, Instant now) {
		if (isSuspended()) {
			throw new IllegalStateException("Already suspended");
		}
		if (reason.isBlank()) {
			throw new IllegalArgumentException("A suspension needs a reason");
		}
		this.suspendedAt = now;
		this.suspensionReason = reason;
	}

	/**
	 * Lifts a suspension.
	 * @throws IllegalStateException if the account is not suspended
	 */
	public void reinstate() {
		if (!isSuspended()) {
			throw new IllegalStateException("Not suspended");
		}
		this.suspendedAt = null;
		this.suspensionReason = null;
	}

	void enableTwoFactor(String secret, long step, Instant now) {
		this.totpSecret = secret;
		this.totpEnabledAt = now;
		this.totpLastStep = step;
	}

	/**
	 * Records a used time step, so that the same code cannot be used twice.
	 * @return false if this step (or a later one) was already used
	 */
	boolean useTwoFactorStep(long step) {
		if (this.totpLastStep != null && step <= this.totpLastStep) {
			return false;
		}
		this.totpLastStep = step;
		return true;
	}

	/** Removes the second factor, so that the member sets it up again. */
	public void resetTwoFactor() {
		this.totpSecret = null;
		this.totpEnabledAt = null;
		this.totpLastStep = null;
	}

}
