package org.holdfast.toolbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
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
 * Loads the starter coping activities that ship with Holdfast
 * ({@code classpath:toolbox/activities/*.yml}, one file per category) at start-up: each
 * once, by address (an address any activity ever had counts), so an editor's later
 * changes, renames included, are never overwritten. Nodes starting together take turns
 * (an advisory lock).
 */
@Component
class StarterActivities implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StarterActivities.class);

	private static final long LOCK = 0x436f70696e67L;

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final ActivityRepository activities;

	private final ActivityEditing editing;

	private final Editorial editorial;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	StarterActivities(ActivityRepository activities, ActivityEditing editing, Editorial editorial, JdbcTemplate jdbc,
			TransactionTemplate transactions) {
		this.activities = activities;
		this.editing = editing;
		this.editorial = editorial;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer added = this.transactions.execute((status) -> load());
		if (added != null && added > 0) {
			log.info("Added {} starter coping activities", added);
		}
	}

	/** Adds the starter activities that are missing; returns how many. */
	int load() {
		this.jdbc.queryForList("select pg_advisory_xact_lock(?)", LOCK);
		int added = 0;
		for (ActivityDocument document : documents()) {
			if (!this.activities.existsBySlug(document.slug())
					&& !this.editorial.everAddressed(ActivityDocument.KIND, document.slug())) {
				this.editing.importStarter(document);
				added++;
			}
		}
		return added;
	}

	static List<ActivityDocument> documents() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:toolbox/activities/*.yml");
			List<ActivityDocument> documents = new ArrayList<>();
			for (Resource file : Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
				try (InputStream in = file.getInputStream()) {
					documents.addAll(YAML.readValue(in, new TypeReference<List<ActivityDocument>>() {
					}));
				}
			}
			return documents;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
