package org.holdfast.editorial;

/**
 * The workflow steps of one kind of content, each a transaction that locks the content's
 * row: what {@link EditorialPages} calls. The content's own service does what is
 * particular to it (writing the content when approved, search words, the page cache).
 */
public interface EditorialSteps {

	void approve(long id, int revision, long approver);

	void sendBack(long id, int revision, String note, long editor);

	void archive(long id, String note, long editor);

	void unarchive(long id, long editor);

	int restore(long id, int old, long editor);

}
