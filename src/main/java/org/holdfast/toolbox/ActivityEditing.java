package org.holdfast.toolbox;

import java.time.Clock;

import org.holdfast.editorial.ContentEditing;
import org.holdfast.editorial.Editorial;
import org.holdfast.markdown.Markdown;

import org.springframework.stereotype.Service;

/**
 * The coping-activity workflow ({@link ContentEditing}), the same as articles' and
 * paths': a published revision's text is rendered once, when it is written into the
 * activity.
 */
@Service
class ActivityEditing extends ContentEditing<CopingActivity, ActivityDocument> {

	private final ActivityRepository activities;

	private final Markdown markdown;

	private final Clock clock;

	ActivityEditing(ActivityRepository activities, Editorial editorial, Markdown markdown, Clock clock) {
		super(ActivityDocument.KIND, "editor.activity.slug.taken", editorial);
		this.activities = activities;
		this.markdown = markdown;
		this.clock = clock;
	}

	@Override
	public boolean slugTaken(String slug, long except) {
		return this.activities.findBySlug(slug).filter((activity) -> activity.getId() != except).isPresent();
	}

	@Override
	protected CopingActivity lock(long id) {
		return this.activities.findForUpdate(id).orElseThrow(ActivityNotFoundException::new);
	}

	@Override
	protected ActivityDocument parse(String json) {
		return ActivityDocument.parse(json);
	}

	@Override
	protected CopingActivity build(ActivityDocument document) {
		CopingActivity activity = new CopingActivity(document.slug(), this.clock.instant());
		publish(activity, document);
		return activity;
	}

	@Override
	protected CopingActivity store(CopingActivity activity) {
		return this.activities.saveAndFlush(activity);
	}

	@Override
	protected void publish(CopingActivity activity, ActivityDocument document) {
		activity.write(document, this.markdown.render(document.body()).html(), this.clock.instant());
	}

	@Override
	protected RuntimeException missing(long id, int revision) {
		return new ActivityNotFoundException();
	}

}
