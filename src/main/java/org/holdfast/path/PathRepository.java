package org.holdfast.path;

import java.util.List;
import java.util.Optional;

import org.holdfast.editorial.Workflow;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PathRepository extends JpaRepository<Path, Long> {

	boolean existsBySlug(String slug);

	Optional<Path> findBySlug(String slug);

	/**
	 * The path, its row locked until the transaction ends: one workflow step at a time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Path p where p.id = ?1")
	Optional<Path> findForUpdate(long id);

	/** Every path in any state, for editors. */
	List<Path> findAllByOrderByTitle();

	/** The paths waiting for a second editor. */
	List<Path> findByWorkflowSubmittedRevisionIsNotNullOrderByUpdatedAt();

	@EntityGraph(attributePaths = "steps")
	Optional<Path> findBySlugAndWorkflowState(String slug, Workflow.State state);

	@EntityGraph(attributePaths = "steps")
	List<Path> findByWorkflowStateOrderByTitle(Workflow.State state);

	@EntityGraph(attributePaths = "steps")
	List<Path> findByIdIn(List<Long> ids);

	@Override
	@EntityGraph(attributePaths = "steps")
	List<Path> findAll();

}
