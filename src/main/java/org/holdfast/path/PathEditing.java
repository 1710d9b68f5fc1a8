package org.holdfast.path;

import java.time.Clock;

import org.holdfast.editorial.Editorial;
import org.holdfast.editorial.EditorialSteps;
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
class PathEditing implements EditorialSteps {

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
		if (slugTaken(document.slug(), id)) {
			throw new EditorialRefusal("editor.path.slug.taken");
		}
		return this.editorial.saveRevision(KIND, id, path.getWorkflow(), basedOn, document.json(), editor);
	}

	@Transactional
	void submit(long id, int revision, long editor) {
		this.editorial.submit(KIND, id, lock(id).getWorkflow(), revision, editor);
	}

	@Transactional
	public void sendBack(long id, int revision, String note, long editor) {
		this.editorial.sendBack(KIND, id, lock(id).getWorkflow(), revision, note, editor);
	}

	/**
	 * Publishes the revision under review, if the approver wrote none of it and did not
	 * send it: its steps are written, matched by key, so progress survives.
	 */
	@Transactional
	public void approve(long id, int revision, long approver) {
		Path path = lock(id);
		this.editorial.checkApproval(KIND, id, path.getWorkflow(), revision, approver);
		PathDocument document = document(id, revision);
		if (slugTaken(document.slug(), id)) {
			throw new EditorialRefusal("editor.path.slug.taken");
		}
		path.rename(document.slug());
		this.publisher.apply(path, document);
		this.editorial.approved(KIND, id, path.getWorkflow(), revision, approver);
		this.paths.saveAndFlush(path);
		this.events.publishEvent(new PublicPagesChanged());
	}

	@Transactional
	public void archive(long id, String note, long editor) {
		this.editorial.archive(KIND, id, lock(id).getWorkflow(), note, editor);
		this.events.publishEvent(new PublicPagesChanged());
	}

	@Transactional
	public void unarchive(long id, long editor) {
		this.editorial.unarchive(KIND, id, lock(id).getWorkflow(), editor);
	}

	@Transactional
	public int restore(long id, int old, long editor) {
		return this.editorial.restore(KIND, id, lock(id).getWorkflow(), old, editor);
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
