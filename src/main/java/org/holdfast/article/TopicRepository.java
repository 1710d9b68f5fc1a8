package org.holdfast.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface TopicRepository extends ListCrudRepository<Topic, Long> {

	Optional<Topic> findBySlug(String slug);

	List<Topic> findBySlugIn(List<String> slugs);

	List<Topic> findAllByOrderByName();

}
