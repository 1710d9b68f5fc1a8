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

	Page<Member> findByUsernameContainingOrderByUsername(String part, Pageable pageable);

	@Query("select count(m) > 0 from Member m join m.roles r where r = org.holdfast.account.Role.ADMIN")
	boolean existsAdmin();

}
