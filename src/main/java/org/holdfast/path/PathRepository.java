package org.holdfast.path;

import java.util.List;
import java.util.Optional;

import org.holdfast.editorial.Workflow;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface PathRepository extends JpaRepository<Path, Long> {

	boolean existsBySlug(String slug);

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
