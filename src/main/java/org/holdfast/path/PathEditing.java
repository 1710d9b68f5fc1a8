package org.holdfast.path;

import java.time.Clock;

import org.holdfast.editorial.Editorial;
import org.holdfast.editorial.EditorialEvent.Action;
import org.holdfast.editorial.EditorialRefusal;
import org.holdfast.system.PublicPagesChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The path workflow, the same as articles': save revisions, send for review, and publish
 * only when a second editor approves (then the steps are written, matched by key, so
 * progress survives); send back, archive, bring back, restore. Each step locks the path's
 * row.
 */
@Service
class PathEditing {

	private static final String KIND = PathDocument.KIND;

	private final PathRepository paths;

	private final PathPublisher publisher;

	private final Editorial editorial;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PathEditing(PathRepository paths, PathPublisher publisher, Editorial editorial, Clock clock,
			ApplicationEventPublisher events) {
		this.paths = paths;
		this.publisher = publisher;
		this.editorial = editorial;
		this.clock = clock;
		this.events = events;
	}

	boolean slugTaken(String slug, long except) {
		return this.paths.findBySlug(slug).filter((path) -> path.getId() != except).isPresent();
	}

	/** A new path, as a draft: revision 1. Returns its id. */
	@Transactional
	long create(PathDocument document, long editor) {
		if (this.paths.existsBySlug(document.slug())) {
			throw new EditorialRefusal("editor.path.slug.taken");
		}
		Path path = new Path(document.slug(), this.clock.instant());
		this.publisher.apply(path, document);
		path = this.paths.saveAndFlush(path);
		this.editorial.save(KIND, path.getId(), 1, document.json(), editor);
		this.editorial.record(KIND, path.getId(), 1, Action.SAVED, editor, null);
		return path.getId();
	}

	@Transactional
	int save(long id, int basedOn, PathDocument document, long editor) {
		Path path = lock(id);
		if (basedOn != path.getWorkflow().getLatestRevision()) {
			throw new EditorialRefusal("editor.refused.stale");
		}
		if (slugTaken(document.slug(), id)) {
			throw new EditorialRefusal("editor.path.slug.taken");
		}
		if (document.equals(document(id, path.getWorkflow().getLatestRevision()))) {
			return path.getWorkflow().getLatestRevision();
		}
		int number = path.getWorkflow().revise();
		this.editorial.save(KIND, id, number, document.json(), editor);
		this.editorial.record(KIND, id, number, Action.SAVED, editor, null);
		return number;
	}

	@Transactional
	void submit(long id, int revision, long editor) {
		lock(id).getWorkflow().submit(revision);
		this.editorial.record(KIND, id, revision, Action.SUBMITTED, editor, null);
	}

	@Transactional
	void sendBack(long id, int revision, String note, long editor) {
		lock(id).getWorkflow().sendBack(revision);
		this.editorial.record(KIND, id, revision, Action.RETURNED, editor, note);
	}

	/**
	 * Publishes the revision under review, if the approver wrote none of it and did not
	 * send it.
	 */
	@Transactional
	void approve(long id, int revision, long approver) {
		Path path = lock(id);
		Integer submitted = path.getWorkflow().getSubmittedRevision();
		if (submitted == null || submitted != revision) {
			throw new EditorialRefusal("editor.refused.changed");
		}
		Integer published = path.getWorkflow().getPublishedRevision();
		this.editorial.checkApprover(KIND, id, (published != null) ? published : 0, revision, approver);
		PathDocument document = document(id, revision);
		if (slugTaken(document.slug(), id)) {
			throw new EditorialRefusal("editor.path.slug.taken");
		}
		path.rename(document.slug());
		this.publisher.apply(path, document);
		path.getWorkflow().approve(revision);
		this.paths.saveAndFlush(path);
		this.editorial.record(KIND, id, revision, Action.APPROVED, approver, null);
		this.events.publishEvent(new PublicPagesChanged());
	}

	@Transactional
	void archive(long id, String note, long editor) {
		Path path = lock(id);
		path.getWorkflow().archive();
		this.editorial.record(KIND, id, path.getWorkflow().getLatestRevision(), Action.ARCHIVED, editor, note);
		this.events.publishEvent(new PublicPagesChanged());
	}

	@Transactional
	void unarchive(long id, long editor) {
		Path path = lock(id);
		path.getWorkflow().unarchive();
		this.editorial.record(KIND, id, path.getWorkflow().getLatestRevision(), Action.UNARCHIVED, editor, null);
	}

	@Transactional
	int restore(long id, int old, long editor) {
		Path path = lock(id);
		PathDocument document = document(id, old);
		if (old == path.getWorkflow().getLatestRevision()) {
			throw new EditorialRefusal("editor.refused.already-newest");
		}
		int number = path.getWorkflow().revise();
		this.editorial.save(KIND, id, number, document.json(), editor);
		this.editorial.record(KIND, id, old, Action.RESTORED, editor, null);
		this.editorial.record(KIND, id, number, Action.SAVED, editor, null);
		return number;
	}

	PathDocument document(long id, int number) {
		return this.editorial.revision(KIND, id, number)
			.map((revision) -> PathDocument.parse(revision.document()))
			.orElseThrow(() -> new PathNotFoundException());
	}

	private Path lock(long id) {
		return this.paths.findForUpdate(id).orElseThrow(PathNotFoundException::new);
	}

}
