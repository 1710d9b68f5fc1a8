package org.holdfast.editorial;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * Where a piece of content is in the editorial workflow, embedded in its own row: its
 * public state, its newest revision, the one waiting for review and the one the public
 * sees. Every change goes through a guarded method that refuses (with a plain-words
 * {@link EditorialRefusal}) a step that is not allowed now.
 */
@Embeddable
public class Workflow {

	/** Draft → in review → published → archived. Only published content is shown. */
	public enum State {

		DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED

	}

	@Enumerated(EnumType.STRING)
	private State state;

	private int latestRevision;

	private @Nullable Integer submittedRevision;

	private @Nullable Integer publishedRevision;

	/** A new draft: revision 1. */
	public Workflow() {
		this.state = State.DRAFT;
		this.latestRevision = 1;
	}

	/**
	 * Publishes revision 1 as it stands, without review: only for starter content that
	 * ships with Holdfast, which was reviewed before release.
	 */
	public void publishStarter() {
		if (this.state != State.DRAFT || this.latestRevision != 1 || this.publishedRevision != null) {
			throw new IllegalStateException("Only new content can be published without review");
		}
		this.state = State.PUBLISHED;
		this.publishedRevision = 1;
	}

	/**
	 * Publishes the next revision of starter content that no editor has touched, without
	 * review: a correction that ships with a new release. Returns its number.
	 */
	public int publishStarterUpdate() {
		if (this.state != State.PUBLISHED || this.submittedRevision != null
				|| !Integer.valueOf(this.latestRevision).equals(this.publishedRevision)) {
			throw new IllegalStateException("Only published starter content with nothing newer can be updated");
		}
		this.latestRevision++;
		this.publishedRevision = this.latestRevision;
		return this.latestRevision;
	}

	/**
	 * Makes room for a new revision and returns its number. A revision sent for review is
	 * withdrawn: the new text needs reading too.
	 */
	public int revise() {
		if (this.state == State.ARCHIVED) {
			throw new EditorialRefusal("editor.refused.archived");
		}
		withdraw();
		this.latestRevision++;
		return this.latestRevision;
	}

	/** Sends the newest revision for review. */
	public void submit(int revision) {
		if (this.state == State.ARCHIVED) {
			throw new EditorialRefusal("editor.refused.archived");
		}
		if (revision != this.latestRevision) {
			throw new EditorialRefusal("editor.refused.changed");
		}
		if (this.submittedRevision != null) {
			throw new EditorialRefusal("editor.refused.already-submitted");
		}
		if (Integer.valueOf(revision).equals(this.publishedRevision)) {
			throw new EditorialRefusal("editor.refused.nothing-to-review");
		}
		this.submittedRevision = revision;
		if (this.state == State.DRAFT) {
			this.state = State.IN_REVIEW;
		}
	}

	/** Sends the revision under review back to its writers. */
	public void sendBack(int revision) {
		if (this.submittedRevision == null || this.submittedRevision != revision) {
			throw new EditorialRefusal("editor.refused.changed");
		}
		withdraw();
	}

	/** Marks the revision under review as published; the caller writes its content. */
	public void approve(int revision) {
		if (this.submittedRevision == null || this.submittedRevision != revision || revision != this.latestRevision) {
			throw new EditorialRefusal("editor.refused.changed");
		}
		this.submittedRevision = null;
		this.publishedRevision = revision;
		this.state = State.PUBLISHED;
	}

	/** Takes the content off the site, and out of review. */
	public void archive() {
		if (this.state == State.ARCHIVED) {
			throw new EditorialRefusal("editor.refused.archived");
		}
		this.submittedRevision = null;
		this.state = State.ARCHIVED;
	}

	/**
	 * Brings archived content back as a draft: it goes back on the site only after
	 * review.
	 */
	public void unarchive() {
		if (this.state != State.ARCHIVED) {
			throw new EditorialRefusal("editor.refused.not-archived");
		}
		this.state = State.DRAFT;
	}

	private void withdraw() {
		this.submittedRevision = null;
		if (this.state == State.IN_REVIEW) {
			this.state = State.DRAFT;
		}
	}

	public State getState() {
		return this.state;
	}

	public int getLatestRevision() {
		return this.latestRevision;
	}

	public @Nullable Integer getSubmittedRevision() {
		return this.submittedRevision;
	}

	public @Nullable Integer getPublishedRevision() {
		return this.publishedRevision;
	}

	public boolean isLive() {
		return this.state == State.PUBLISHED;
	}

	/** Where the content is, for editors: a message key. */
	public String getStatus() {
		return switch (this.state) {
			case DRAFT -> "editor.status.draft";
			case IN_REVIEW -> "editor.status.in-review";
			case ARCHIVED -> "editor.status.archived";
			case PUBLISHED -> (this.submittedRevision != null) ? "editor.status.published-in-review"
					: (!Integer.valueOf(this.latestRevision).equals(this.publishedRevision))
							? "editor.status.published-draft" : "editor.status.published";
		};
	}

}
