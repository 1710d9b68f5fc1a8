package org.holdfast.path;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.holdfast.editorial.Editorial;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
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

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

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
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:paths/*.yml");
			return Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).map((file) -> {
				try (InputStream in = file.getInputStream()) {
					return YAML.readValue(in, PathDocument.class);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
