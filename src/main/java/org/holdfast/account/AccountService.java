package org.holdfast.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The writes that change an account, each one transaction: creating one, changing its
 * password, recovering it with a code, replacing its recovery codes, and deleting it with
 * everything it owns.
 */
@Service
public class AccountService {

	private final MemberRepository members;

	private final RecoveryCodes recoveryCodes;

	private final PasswordEncoder passwords;

	private final AccountSessions sessions;

	private final List<PublicContributions> contributions;

	private final Clock clock;

	AccountService(MemberRepository members, RecoveryCodes recoveryCodes, PasswordEncoder passwords,
			AccountSessions sessions, List<PublicContributions> contributions, Clock clock) {
		this.members = members;
		this.recoveryCodes = recoveryCodes;
		this.passwords = passwords;
		this.sessions = sessions;
		this.contributions = contributions;
		this.clock = clock;
	}

	/** A new account and its first recovery codes, to be shown once. */
	public record Created(Member member, List<String> recoveryCodes) {
	}

	/**
	 * Creates a member account. The caller has checked the username and password against
	 * the policies and that the username is free.
	 */
	@Transactional
	Created signUp(String username, String password, AgeBand ageBand) {
		Member member = this.members
			.save(new Member(username, this.passwords.encode(password), ageBand, this.clock.instant()));
		return new Created(member, this.recoveryCodes.replace(member.getId()));
	}

	/**
	 * Creates the first admin, an adult member with the admin role. The caller (the setup
	 * link) has checked the username and password and that no admin exists.
	 * @return the new account and its recovery codes
	 */
	@Transactional
	public Created createAdmin(String username, String password) {
		Created created = signUp(username, password, AgeBand.ADULT);
		created.member().grant(Role.ADMIN);
		return created;
	}

	@Transactional(readOnly = true)
	public boolean passwordMatches(long memberId, String password) {
		return this.members.findById(memberId)
			.map((member) -> this.passwords.matches(password, member.getPasswordHash()))
			.orElse(false);
	}

	/**
	 * Sets a new password and ends the member's other sessions (someone else may know the
	 * old password).
	 */
	@Transactional
	void changePassword(long memberId, String newPassword, @Nullable String keepSession) {
		Member member = member(memberId);
		member.changePassword(this.passwords.encode(newPassword));
		this.sessions.endAllExcept(member.getUsername(), keepSession);
	}

	@Transactional
	List<String> replaceRecoveryCodes(long memberId) {
		return this.recoveryCodes.replace(member(memberId).getId());
	}

	/**
	 * Recovers an account with a recovery code: uses the code up, sets the new password
	 * and ends every session the account had.
	 * @return the member, or empty if the username or code is not right
	 */
	@Transactional
	Optional<Member> recover(String username, String code, String newPassword) {
		Optional<Member> member = UsernamePolicy.couldExist(username) ? this.members.findByUsername(username)
				: Optional.empty();
		if (member.isEmpty() || !this.recoveryCodes.use(member.get().getId(), code)) {
			return Optional.empty();
		}
		member.get().changePassword(this.passwords.encode(newPassword));
		this.sessions.endAll(username);
		return member;
	}

	/**
	 * Checks a code from the member's authenticator app. A member setting two-step
	 * sign-in up proves it with a code for the new secret, which is then stored; after
	 * that, each code is accepted once only.
	 * @param pendingSecret the secret being set up, if the member has none yet
	 * @return whether the code was right
	 */
	@Transactional
	boolean secondFactor(long memberId, String code, @Nullable String pendingSecret) {
		Member member = member(memberId);
		String secret = member.hasTwoFactor() ? member.getTotpSecret() : pendingSecret;
		if (secret == null) {
			return false;
		}
		OptionalLong step = Totp.verify(secret, code, this.clock.instant());
		if (step.isEmpty()) {
			return false;
		}
		if (member.hasTwoFactor()) {
			return member.useTwoFactorStep(step.getAsLong());
		}
		member.enableTwoFactor(secret, step.getAsLong(), this.clock.instant());
		return true;
	}

	long recoveryCodesLeft(long memberId) {
		return this.recoveryCodes.remaining(memberId);
	}

	@Transactional
	void chooseCountry(long memberId, @Nullable String country) {
		member(memberId).chooseCountry(country);
	}

	/** How many public contributions the member has, across all features. */
	long publicContributions(long memberId) {
		return this.contributions.stream().mapToLong((feature) -> feature.count(memberId)).sum();
	}

	/**
	 * Deletes an account. Public contributions are deleted or, by their foreign keys,
	 * kept without a name; everything else the member owns goes with the account row
	 * (private data references it {@code ON DELETE CASCADE}). Every session ends.
	 */
	@Transactional
	void delete(long memberId, boolean deleteContributions) {
		Member member = member(memberId);
		if (deleteContributions) {
			this.contributions.forEach((feature) -> feature.deleteAll(memberId));
		}
		this.sessions.endAll(member.getUsername());
		this.members.delete(member);
	}

	private Member member(long memberId) {
		return this.members.findById(memberId).orElseThrow(() -> new IllegalStateException("No such member"));
	}

}
