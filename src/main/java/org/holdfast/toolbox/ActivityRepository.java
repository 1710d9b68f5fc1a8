package org.holdfast.toolbox;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.holdfast.editorial.Workflow;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ActivityRepository extends JpaRepository<CopingActivity, Long> {

	boolean existsBySlug(String slug);

	Optional<CopingActivity> findBySlug(String slug);

	Optional<CopingActivity> findBySlugAndWorkflowState(String slug, Workflow.State state);

	/** The activity, its row locked until the transaction ends: one step at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from CopingActivity a where a.id = ?1")
	Optional<CopingActivity> findForUpdate(long id);

	List<CopingActivity> findByWorkflowStateOrderByCategoryAscTitleAsc(Workflow.State state);

	List<CopingActivity> findByWorkflowStateAndCategoryInOrderByTitle(Workflow.State state,
			Collection<CopingActivity.Category> categories);

	List<CopingActivity> findByWorkflowStateAndIdIn(Workflow.State state, Collection<Long> ids);

	List<CopingActivity> findAllByOrderByCategoryAscTitleAsc();

	List<CopingActivity> findByWorkflowSubmittedRevisionIsNotNullOrderByUpdatedAt();

}
