package org.holdfast.editorial;

import java.util.List;

import org.holdfast.editorial.EditorialEvent.Action;

import org.springframework.transaction.annotation.Transactional;

/**
 * The editorial workflow for one kind of content, written once: create a draft, save a
 * revision, send it for review, publish it only when a second editor approves, send back,
 * archive, bring back and restore, and load starter content. Every step is a transaction
 * that first locks the content's row, so two editors acting at once take turns and the
 * second sees what the first did. A kind of content (articles, paths, coping activities,
 * and next the listener course) extends this and says only what is particular to it: how
 * its row is found and locked, how a document becomes the public content, and what else
 * must know when the public pages change.
 *
 * @param <C> the content
 * @param <D> the document an editor writes for it
 */
public abstract class ContentEditing<C extends Edited, D extends EditorDocument> implements EditorialSteps {

	/** For {@link #slugTaken}: no content is excepted. */
	public static final long NONE = -1;

	private final String kind;

	private final String slugTakenKey;

	protected final Editorial editorial;

	/**
	 * @param kind the kind of content, as revisions and events record it
	 * @param slugTakenKey the message that says an address is taken
	 */
	protected ContentEditing(String kind, String slugTakenKey, Editorial editorial) {
		this.kind = kind;
		this.slugTakenKey = slugTakenKey;
		this.editorial = editorial;
	}

	/** The content's row, locked until the transaction ends. */
	protected abstract C lock(long id);

	/** Whether other content of this kind goes by this address ({@link #NONE}: any). */
	public abstract boolean slugTaken(String slug, long except);

	/** A revision's document, read back. */
	protected abstract D parse(String json);

	/** New content holding this document, not saved yet. */
	protected abstract C build(D document);

	/** Saves the content and writes it to the database now; returns it with its id. */
	protected abstract C store(C content);

	/**
	 * Makes the document what the content holds, for a revision being published (the row
	 * is locked).
	 */
	protected abstract void publish(C content, D document);

	/** A revision asked for that is not there. */
	protected abstract RuntimeException missing(long id, int revision);

	/**
	 * What the public sees of this kind changed (something published or archived): clear
	 * what is kept of it, such as search words or cached pages. Nothing by default.
	 */
	protected void publicPagesChanged() {
	}

	/** New content, as a draft: revision 1. Returns its id. */
	@Transactional
	public long create(D document, long editor) {
		refuseTaken(document.slug(), NONE);
		C content = store(build(document));
		this.editorial.save(this.kind, content.getId(), 1, document.json(), editor);
		this.editorial.record(this.kind, content.getId(), 1, Action.SAVED, editor, null);
		return content.getId();
	}

	/**
	 * Saves the editor's text as the next revision, unless it is the same as the newest.
	 * Refuses if someone saved a newer revision since the editor opened the form.
	 * @return the newest revision's number
	 */
	@Transactional
	public int save(long id, int basedOn, D document, long editor) {
		C content = lock(id);
		refuseTaken(document.slug(), id);
		return this.editorial.saveRevision(this.kind, id, content.getWorkflow(), basedOn, document.json(), editor);
	}

	@Transactional
	public void submit(long id, int revision, long editor) {
		this.editorial.submit(this.kind, id, lock(id).getWorkflow(), revision, editor);
	}

	@Override
	@Transactional
	public void sendBack(long id, int revision, String note, long editor) {
		this.editorial.sendBack(this.kind, id, lock(id).getWorkflow(), revision, note, editor);
	}

	/**
	 * Publishes the revision under review, if the approver wrote none of it and did not
	 * send it.
	 */
	@Override
	@Transactional
	public void approve(long id, int revision, long approver) {
		C content = lock(id);
		this.editorial.checkApproval(this.kind, id, content.getWorkflow(), revision, approver);
		D document = document(id, revision);
		refuseTaken(document.slug(), id);
		publish(content, document);
		this.editorial.approved(this.kind, id, content.getWorkflow(), revision, approver);
		store(content);
		publicPagesChanged();
	}

	@Override
	@Transactional
	public void archive(long id, String note, long editor) {
		C content = lock(id);
		boolean wasLive = content.getWorkflow().isLive();
		this.editorial.archive(this.kind, id, content.getWorkflow(), note, editor);
		store(content);
		if (wasLive) {
			publicPagesChanged();
		}
	}

	@Override
	@Transactional
	public void unarchive(long id, long editor) {
		this.editorial.unarchive(this.kind, id, lock(id).getWorkflow(), editor);
	}

	/** Saves an old revision again as the newest, as a draft to be reviewed. */
	@Override
	@Transactional
	public int restore(long id, int old, long editor) {
		return this.editorial.restore(this.kind, id, lock(id).getWorkflow(), old, editor);
	}

	/** A revision's document; the revision must exist. */
	public D document(long id, int number) {
		return this.editorial.revision(this.kind, id, number)
			.map((revision) -> parse(revision.document()))
			.orElseThrow(() -> missing(id, number));
	}

	/**
	 * Loads a starter document and publishes it as revision 1, without review: starter
	 * content that ships with Holdfast was reviewed before release. The caller clears
	 * what is kept of the public pages once it has loaded them all.
	 */
	@Transactional
	public C importStarter(D document) {
		refuseProblems(document);
		C content = build(document);
		content.getWorkflow().publishStarter();
		content = store(content);
		this.editorial.save(this.kind, content.getId(), 1, document.json(), null);
		this.editorial.record(this.kind, content.getId(), 1, Action.IMPORTED, null, null);
		return content;
	}

	/**
	 * Brings starter content up to date with its file, if no editor has ever touched it:
	 * every revision was imported, and the newest is the one published. The new text is
	 * published as the next revision, recorded as imported. Content an editor saved,
	 * reviewed, archived or restored is theirs and is left alone.
	 * @return whether it changed
	 */
	@Transactional
	public boolean updateStarter(C found, D document) {
		refuseProblems(document);
		C content = lock(found.getId());
		Workflow workflow = content.getWorkflow();
		boolean untouched = this.editorial.events(this.kind, content.getId())
			.stream()
			.allMatch((event) -> event.action() == Action.IMPORTED);
		int latest = workflow.getLatestRevision();
		if (!untouched || !workflow.isLive() || workflow.getPublishedRevision() == null
				|| workflow.getPublishedRevision() != latest || document(content.getId(), latest).equals(document)) {
			return false;
		}
		int next = workflow.publishStarterUpdate();
		publish(content, document);
		store(content);
		this.editorial.save(this.kind, content.getId(), next, document.json(), null);
		this.editorial.record(this.kind, content.getId(), next, Action.IMPORTED, null, null);
		return true;
	}

	private void refuseTaken(String slug, long except) {
		if (slugTaken(slug, except)) {
			throw new EditorialRefusal(this.slugTakenKey);
		}
	}

	private void refuseProblems(D document) {
		List<String> problems = document.problems();
		if (!problems.isEmpty()) {
			throw new IllegalStateException(
					"Starter " + this.kind + " " + document.slug() + ": " + String.join("; ", problems));
		}
	}

}
