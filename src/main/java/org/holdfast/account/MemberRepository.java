package org.holdfast.account;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Members by username; the admin list pages through them. */
public interface MemberRepository extends ListCrudRepository<Member, Long> {

	Optional<Member> findByUsername(String username);

	boolean existsByUsername(String username);

	boolean existsByUsernameSkeleton(String skeleton);

	/**
	 * Whether the name is taken, or reads like one that is ("amber-f0x-11" for
	 * "amber-fox-11").
	 */
	default boolean nameInUse(String username) {
		return existsByUsername(username) || existsByUsernameSkeleton(UsernamePolicy.skeleton(username));
	}

	Page<Member> findByUsernameContainingOrderByUsername(String part, Pageable pageable);

	@Query("select count(m) > 0 from Member m join m.roles r where r = org.holdfast.account.Role.ADMIN")
	boolean existsAdmin();

}
