package org.holdfast.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RecoveryCodeRepository extends ListCrudRepository<RecoveryCode, Long> {

	Optional<RecoveryCode> findByMemberIdAndCodeHashAndUsedAtIsNull(long memberId, String codeHash);

	long countByMemberIdAndUsedAtIsNull(long memberId);

	@Modifying
	@Query("delete from RecoveryCode c where c.memberId = ?1")
	void deleteByMemberId(long memberId);

}
