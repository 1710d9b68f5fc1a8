package org.holdfast.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ContributorRepository extends ListCrudRepository<Contributor, Long> {

	Optional<Contributor> findBySlug(String slug);

	List<Contributor> findBySlugIn(List<String> slugs);

	List<Contributor> findAllByOrderByName();

}
