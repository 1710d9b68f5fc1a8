package org.holdfast.account;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Who is signed in, as kept in the session: the member's number, username, age band and
 * roles at sign-in. Never the password hash once signed in (it is erased), and nothing
 * else about them.
 *
 * <p>
 * {@link #getAuthorities()} holds only the roles that need no second factor. A staff
 * member's staff roles become authorities only after two-step sign-in
 * ({@link #withSecondFactor()}).
 */
public final class SignedInMember implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private @Nullable String passwordHash;

	private final AgeBand ageBand;

	private final Set<Role> roles;

	private final boolean suspended;

	private final boolean secondFactor;

	private SignedInMember(long id, String username, @Nullable String passwordHash, AgeBand ageBand, Set<Role> roles,
			boolean suspended, boolean secondFactor) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.ageBand = ageBand;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.suspended = suspended;
		this.secondFactor = secondFactor;
	}

	static SignedInMember of(Member member) {
		return new SignedInMember(member.getId(), member.getUsername(), member.getPasswordHash(), member.getAgeBand(),
				member.getRoles(), member.isSuspended(), false);
	}

	/** The same member after a second factor: staff roles count from now on. */
	SignedInMember withSecondFactor() {
		return new SignedInMember(this.id, this.username, null, this.ageBand, this.roles, this.suspended, true);
	}

	public long id() {
		return this.id;
	}

	public AgeBand ageBand() {
		return this.ageBand;
	}

	/**
	 * Whether this member is acting in the role now: they hold it, and for a staff role
	 * they have passed two-step sign-in. The one question every staff-only power asks; a
	 * staff member signed in with only their password has no staff power anywhere.
	 */
	public boolean actsAs(Role role) {
		return this.roles.contains(role) && (this.secondFactor || !role.staff());
	}

	/** Whether this member has staff roles still waiting for a second factor. */
	public boolean needsSecondFactor() {
		return !this.secondFactor && this.roles.stream().anyMatch(Role::staff);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream()
			.filter(this::actsAs)
			.map((role) -> new SimpleGrantedAuthority(role.authority()))
			.toList();
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.suspended;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInMember member && member.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "SignedInMember[" + this.id + "]";
	}

}
