package org.holdfast.toolbox;

import java.util.List;
import java.util.Optional;

import org.holdfast.editorial.Editorial;
import org.holdfast.editorial.StarterFiles;
import org.holdfast.editorial.StarterImport;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The starter coping activities that ship with Holdfast
 * ({@code classpath:toolbox/activities/*.yml}, one file per category), loaded at start-up
 * as {@link StarterImport} describes.
 */
@Component
class StarterActivities extends StarterImport<CopingActivity, ActivityDocument> {

	private static final long LOCK = 0x436f70696e67L;

	private final ActivityRepository activities;

	StarterActivities(ActivityRepository activities, ActivityEditing editing, Editorial editorial, JdbcTemplate jdbc,
			TransactionTemplate transactions) {
		super(ActivityDocument.KIND, LOCK, editing, editorial, jdbc, transactions);
		this.activities = activities;
	}

	@Override
	protected List<ActivityDocument> shipped() {
		return documents();
	}

	@Override
	protected Optional<CopingActivity> find(String slug) {
		return this.activities.findBySlug(slug);
	}

	static List<ActivityDocument> documents() {
		return StarterFiles.read("classpath*:toolbox/activities/*.yml", ActivityDocument.class);
	}

}
