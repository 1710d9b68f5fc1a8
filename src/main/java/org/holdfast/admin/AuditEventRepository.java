package org.holdfast.admin;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Appends and reads audit events; there is deliberately no update or delete. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	Page<AuditEvent> findAllByOrderByOccurredAtDescIdDesc(Pageable pageable);

	Page<AuditEvent> findBySubjectIdOrderByOccurredAtDescIdDesc(long subjectId, Pageable pageable);

}
