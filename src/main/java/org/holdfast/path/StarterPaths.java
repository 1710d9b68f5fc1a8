package org.holdfast.path;

import java.util.List;
import java.util.Optional;

import org.holdfast.editorial.Editorial;
import org.holdfast.editorial.StarterFiles;
import org.holdfast.editorial.StarterImport;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The starter paths that ship with Holdfast ({@code classpath:paths/*.yml}), loaded at
 * start-up as {@link StarterImport} describes.
 */
@Component
class StarterPaths extends StarterImport<Path, PathDocument> {

	private static final long LOCK = 0x50617468L;

	private final PathRepository paths;

	StarterPaths(PathRepository paths, PathEditing editing, Editorial editorial, JdbcTemplate jdbc,
			TransactionTemplate transactions) {
		super(PathDocument.KIND, LOCK, editing, editorial, jdbc, transactions);
		this.paths = paths;
	}

	@Override
	protected List<PathDocument> shipped() {
		return documents();
	}

	@Override
	protected Optional<Path> find(String slug) {
		return this.paths.findBySlug(slug);
	}

	static List<PathDocument> documents() {
		return StarterFiles.read("classpath*:paths/*.yml", PathDocument.class);
	}

}
