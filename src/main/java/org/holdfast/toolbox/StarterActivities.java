package org.holdfast.toolbox;

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
		return StarterFiles.read("classpath*:toolbox/activities/*.yml", ActivityDocument.class);
	}

}
