package org.holdfast.article;

import java.util.List;
import java.util.Optional;

import org.holdfast.editorial.Workflow;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

	boolean existsBySlug(String slug);

	Optional<Article> findBySlug(String slug);

	/**
	 * The article, its row locked until the transaction ends: one workflow step at a
	 * time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Article a where a.id = ?1")
	Optional<Article> findForUpdate(long id);

	/** A page of every article in any state, for editors: newest-updated first. */
	Page<Article> findAllByOrderByUpdatedAtDescIdDesc(Pageable pageable);

	/** The articles waiting for a second editor, longest waiting first. */
	List<Article> findByWorkflowSubmittedRevisionIsNotNullOrderByUpdatedAtAscIdAsc();

	@EntityGraph(attributePaths = { "topics", "contributors" })
	Optional<Article> findBySlugAndWorkflowState(String slug, Workflow.State state);

	/**
	 * A page of article ids, newest-updated first. Ids first and the articles with their
	 * topics after ({@link #findByIdIn}): fetching a collection with a page would make
	 * Hibernate load every article and page in memory.
	 */
	@Query("select a.id from Article a where a.workflow.state = ?1 order by a.updatedAt desc, a.id desc")
	Page<Long> findIdsByState(Workflow.State state, Pageable pageable);

	@Query(value = "select a.id from Article a where a.workflow.state = ?1 and exists (select 1 from a.topics t where t = ?2) order by a.updatedAt desc, a.id desc",
			countQuery = "select count(a) from Article a where a.workflow.state = ?1 and exists (select 1 from a.topics t where t = ?2)")
	Page<Long> findIdsInTopic(Workflow.State state, Topic topic, Pageable pageable);

	@EntityGraph(attributePaths = "topics")
	List<Article> findByWorkflowStateAndAudienceOrderByTitle(Workflow.State state, Article.Audience audience);

	@EntityGraph(attributePaths = "topics")
	@Query("select distinct a from Article a join a.contributors c where a.workflow.state = ?1 and c = ?2 order by a.title")
	List<Article> findPublishedBy(Workflow.State state, Contributor contributor);

	@EntityGraph(attributePaths = "topics")
	List<Article> findByIdIn(List<Long> ids);

	/** The slug an old address now goes by, if the article was renamed. */
	@Query(value = "select a.slug from article_slug s join article a on a.id = s.article_id where s.slug = ?1 and a.state = 'PUBLISHED'",
			nativeQuery = true)
	Optional<String> findCurrentSlug(String oldSlug);

	/** Published articles sharing the most topics with this one, most shared first. */
	@Query(value = """
			select other.id from article other
			join article_topic mine on mine.article_id = ?1
			join article_topic theirs on theirs.article_id = other.id and theirs.topic_id = mine.topic_id
			where other.id <> ?1 and other.state = 'PUBLISHED'
			group by other.id, other.updated_at
			order by count(*) desc, other.updated_at desc
			limit ?2""", nativeQuery = true)
	List<Long> findRelatedIds(long articleId, int limit);

}
