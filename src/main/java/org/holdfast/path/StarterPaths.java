package org.holdfast.path;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.holdfast.editorial.Editorial;
import org.holdfast.editorial.StarterFiles;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the starter paths that ship with Holdfast ({@code classpath:paths/*.yml}) at
 * start-up: each once, by slug (a slug any path ever had counts), so an editor's later
 * changes, renames included, are never overwritten. Nodes starting together take turns
 * (an advisory lock).
 */
@Component
class StarterPaths implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StarterPaths.class);

	private static final long LOCK = 0x50617468L;

	private final PathRepository paths;

	private final PathPublisher publisher;

	private final Editorial editorial;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	StarterPaths(PathRepository paths, PathPublisher publisher, Editorial editorial, JdbcTemplate jdbc,
			TransactionTemplate transactions) {
		this.paths = paths;
		this.publisher = publisher;
		this.editorial = editorial;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer added = this.transactions.execute((status) -> load());
		if (added != null && added > 0) {
			log.info("Added {} starter paths", added);
		}
	}

	/**
	 * Adds the starter paths that are missing; returns how many. Call in a transaction.
	 */
	int load() {
		this.jdbc.queryForList("select pg_advisory_xact_lock(?)", LOCK);
		int added = 0;
		for (PathDocument document : documents()) {
			if (!this.paths.existsBySlug(document.slug())
					&& !this.editorial.everAddressed(PathDocument.KIND, document.slug())) {
				this.publisher.importStarter(document);
				added++;
			}
		}
		return added;
	}

	static List<PathDocument> documents() {
		return StarterFiles.read("classpath*:paths/*.yml", PathDocument.class);
	}

}
