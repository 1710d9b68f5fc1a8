package org.holdfast.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks members up for Spring Security's password check, and stores a fresh hash when the
 * hashing parameters have grown since the member's password was last hashed.
 */
@Service
class MemberDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final MemberRepository members;

	MemberDetailsService(MemberRepository members) {
		this.members = members;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String normalised = UsernamePolicy.normalise(username);
		if (!UsernamePolicy.couldExist(normalised)) {
			throw new UsernameNotFoundException("No such member");
		}
		return this.members.findByUsername(normalised)
			.map(SignedInMember::of)
			.orElseThrow(() -> new UsernameNotFoundException("No such member"));
	}

	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		Member member = this.members.findByUsername(user.getUsername())
			.orElseThrow(() -> new UsernameNotFoundException("No such member"));
		member.changePassword(newPassword);
		return SignedInMember.of(member);
	}

}
