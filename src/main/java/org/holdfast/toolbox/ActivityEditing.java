package org.holdfast.toolbox;

import java.time.Clock;
import java.util.List;

import org.holdfast.editorial.Editorial;
import org.holdfast.editorial.EditorialEvent.Action;
import org.holdfast.editorial.EditorialRefusal;
import org.holdfast.editorial.EditorialSteps;
import org.holdfast.markdown.Markdown;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coping-activity workflow, the same as articles' and paths': save revisions, send
 * for review, publish only when a second editor approves; send back, archive, bring back,
 * restore. Each step locks the activity's row.
 */
@Service
class ActivityEditing implements EditorialSteps {

	private static final String KIND = ActivityDocument.KIND;

	private final ActivityRepository activities;

	private final Editorial editorial;

	private final Markdown markdown;

	private final Clock clock;

	ActivityEditing(ActivityRepository activities, Editorial editorial, Markdown markdown, Clock clock) {
		this.activities = activities;
		this.editorial = editorial;
		this.markdown = markdown;
		this.clock = clock;
	}

	boolean slugTaken(String slug, long except) {
		return this.activities.findBySlug(slug).filter((activity) -> activity.getId() != except).isPresent();
	}

	/** A starter activity, published as revision 1 ("imported"). */
	@Transactional
	CopingActivity importStarter(ActivityDocument document) {
		List<String> problems = document.problems();
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Starter activity " + document.slug() + ": " + String.join("; ", problems));
		}
		CopingActivity activity = new CopingActivity(document.slug(), this.clock.instant());
		write(activity, document);
		activity.getWorkflow().publishStarter();
		activity = this.activities.saveAndFlush(activity);
		this.editorial.save(KIND, activity.getId(), 1, document.json(), null);
		this.editorial.record(KIND, activity.getId(), 1, Action.IMPORTED, null, null);
		return activity;
	}

	/** A new activity, as a draft: revision 1. Returns its id. */
	@Transactional
	long create(ActivityDocument document, long editor) {
		if (this.activities.existsBySlug(document.slug())) {
			throw new EditorialRefusal("editor.activity.slug.taken");
		}
		CopingActivity activity = new CopingActivity(document.slug(), this.clock.instant());
		write(activity, document);
		activity = this.activities.saveAndFlush(activity);
		this.editorial.save(KIND, activity.getId(), 1, document.json(), editor);
		this.editorial.record(KIND, activity.getId(), 1, Action.SAVED, editor, null);
		return activity.getId();
	}

	@Transactional
	int save(long id, int basedOn, ActivityDocument document, long editor) {
		CopingActivity activity = lock(id);
		if (slugTaken(document.slug(), id)) {
			throw new EditorialRefusal("editor.activity.slug.taken");
		}
		return this.editorial.saveRevision(KIND, id, activity.getWorkflow(), basedOn, document.json(), editor);
	}

	@Transactional
	void submit(long id, int revision, long editor) {
		this.editorial.submit(KIND, id, lock(id).getWorkflow(), revision, editor);
	}

	@Override
	@Transactional
	public void sendBack(long id, int revision, String note, long editor) {
		this.editorial.sendBack(KIND, id, lock(id).getWorkflow(), revision, note, editor);
	}

	/**
	 * Publishes the revision under review, if the approver wrote none of it and did not
	 * send it.
	 */
	@Override
	@Transactional
	public void approve(long id, int revision, long approver) {
		CopingActivity activity = lock(id);
		this.editorial.checkApproval(KIND, id, activity.getWorkflow(), revision, approver);
		ActivityDocument document = document(id, revision);
		if (slugTaken(document.slug(), id)) {
			throw new EditorialRefusal("editor.activity.slug.taken");
		}
		write(activity, document);
		this.editorial.approved(KIND, id, activity.getWorkflow(), revision, approver);
		this.activities.saveAndFlush(activity);
	}

	@Override
	@Transactional
	public void archive(long id, String note, long editor) {
		this.editorial.archive(KIND, id, lock(id).getWorkflow(), note, editor);
	}

	@Override
	@Transactional
	public void unarchive(long id, long editor) {
		this.editorial.unarchive(KIND, id, lock(id).getWorkflow(), editor);
	}

	@Override
	@Transactional
	public int restore(long id, int old, long editor) {
		return this.editorial.restore(KIND, id, lock(id).getWorkflow(), old, editor);
	}

	ActivityDocument document(long id, int number) {
		return this.editorial.revision(KIND, id, number)
			.map((revision) -> ActivityDocument.parse(revision.document()))
			.orElseThrow(ActivityNotFoundException::new);
	}

	private void write(CopingActivity activity, ActivityDocument document) {
		activity.write(document, this.markdown.render(document.body()).html(), this.clock.instant());
	}

	private CopingActivity lock(long id) {
		return this.activities.findForUpdate(id).orElseThrow(ActivityNotFoundException::new);
	}

}
