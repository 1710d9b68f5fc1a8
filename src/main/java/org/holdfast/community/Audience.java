package org.holdfast.community;

import org.jspecify.annotations.Nullable;

import org.holdfast.account.AgeBand;
import org.holdfast.account.Member;
import org.holdfast.account.Role;
import org.holdfast.account.SignedInMember;

/**
 * Who may see and act on what: the one place the wall between teens and adults is written
 * down. Every page that shows or acts on a space, a thread, a post or a profile asks
 * here, and so will every later feature where members meet (chat requests, chats,
 * listener profiles, rooms). Something a reader may not see is answered with the same 404
 * as something that does not exist, so the wall can't be mapped from outside.
 * <p>
 * The rule, in words:
 * <ul>
 * <li>Members meet their own age band only: teens see teen spaces, adults adult ones.
 * Staff acting as moderators (after two-step sign-in, see {@link SignedInMember#actsAs})
 * see both, and a moderator's profile is open to everyone, because their notes appear
 * everywhere.</li>
 * <li>Visitors see that the adult spaces exist (their names on the community page) and
 * nothing inside any space.</li>
 * <li>A thread is seen once it is listed (its opening post is up); before that only its
 * writer and moderators see it.</li>
 * <li>A post is seen in a thread the reader may see, when it is up or a gap left by a
 * deleted post; a post waiting, sent back or taken down is seen only by its writer and
 * moderators.</li>
 * <li>A member changes or deletes only their own post, in a thread they may see, until it
 * is deleted or a moderator takes it down.</li>
 * </ul>
 * Whether a member may post at all right now (a suspension, a locked thread, new-account
 * limits) is a different question, answered by {@link Posting#refusal}.
 */
public final class Audience {

	private final @Nullable SignedInMember reader;

	private final boolean staff;

	private Audience(@Nullable SignedInMember reader) {
		this.reader = reader;
		this.staff = reader != null && reader.actsAs(Role.MODERATOR);
	}

	/** The rule as it applies to this reader; {@code null} for a visitor. */
	public static Audience of(@Nullable SignedInMember reader) {
		return new Audience(reader);
	}

	/** Whether the reader is acting as a moderator now. */
	public boolean staff() {
		return this.staff;
	}

	/**
	 * Whether the reader may meet people and content meant for this age band. This is the
	 * wall itself; the rest of this class is built on it.
	 */
	public boolean reaches(AgeBand band) {
		if (this.reader == null) {
			return band == AgeBand.ADULT;
		}
		return this.staff || this.reader.ageBand() == band;
	}

	/** Whether the reader may see this member's profile. */
	public boolean maySee(Member profile) {
		return this.reader != null && (reaches(profile.getAgeBand()) || profile.hasRole(Role.MODERATOR));
	}

	/**
	 * Which of a member's posts their profile shows this reader: those in spaces for the
	 * reader's age band, or, for a moderator, for the member's own.
	 */
	AgeBand postsShownOf(Member profile) {
		if (this.reader == null) {
			throw new IllegalStateException("Profiles are for members");
		}
		return this.staff ? profile.getAgeBand() : this.reader.ageBand();
	}

	/**
	 * Whether the reader may see this space: its name, and, once signed in, inside it.
	 */
	boolean maySee(Space space) {
		return reaches(space.audience());
	}

	/** Whether the reader may open this thread, which is in this space. */
	boolean maySee(Space space, Forum.ThreadView thread) {
		return this.reader != null && maySee(space) && (thread.listed() || wrote(thread.authorId()) || this.staff);
	}

	/** Whether the reader may see this post, which is in this thread and space. */
	boolean maySee(Space space, Forum.ThreadView thread, Forum.PostView post) {
		return maySee(space, thread) && (post.state().shownToReaders() || wrote(post.authorId()) || this.staff);
	}

	/** Whether the reader may change or delete this post. */
	boolean mayChange(Space space, Forum.ThreadView thread, Forum.PostView post) {
		return wrote(post.authorId()) && post.state().changeableByWriter() && maySee(space, thread);
	}

	/** Whether the reader may send support to this post: someone else's, and up. */
	boolean maySupport(Space space, Forum.ThreadView thread, Forum.PostView post) {
		return maySee(space, thread, post) && post.isPublished() && !wrote(post.authorId());
	}

	/** Whether the reader may report this post: one that is up, where they can see it. */
	boolean mayReport(Space space, Forum.ThreadView thread, Forum.PostView post) {
		return maySee(space, thread, post) && (post.isPublished() || this.staff);
	}

	private boolean wrote(@Nullable Long authorId) {
		return this.reader != null && authorId != null && authorId == this.reader.id();
	}

}
