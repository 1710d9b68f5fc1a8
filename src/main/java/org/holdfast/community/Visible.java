package org.holdfast.community;

import java.util.Locale;
import java.util.function.Predicate;

import org.holdfast.account.Member;
import org.holdfast.account.MemberRepository;
import org.holdfast.account.SignedInMember;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finds what a page is about (a space, a thread with its space, a post with its thread
 * and space, a profile), loaded once, and answers 404 unless {@link Audience} lets this
 * member see it or act on it in the way asked.
 */
@Component
class Visible {

	/** A thread with the space it is in. */
	record InSpace(Space space, Forum.ThreadView thread) {
	}

	/** A post with its thread and space. */
	record InThread(Space space, Forum.ThreadView thread, Forum.PostView post) {

		InSpace where() {
			return new InSpace(this.space, this.thread);
		}

	}

	/** What a member wants to do with a post. */
	enum Use {

		SEE, CHANGE, REPORT

	}

	private final Spaces spaces;

	private final Forum forum;

	private final MemberRepository members;

	Visible(Spaces spaces, Forum forum, MemberRepository members) {
		this.spaces = spaces;
		this.forum = forum;
		this.members = members;
	}

	Space space(SignedInMember me, String slug) {
		return this.spaces.find(slug.toLowerCase(Locale.ROOT))
			.filter(Audience.of(me)::maySee)
			.orElseThrow(Visible::notFound);
	}

	InSpace thread(SignedInMember me, long id) {
		Forum.ThreadView thread = this.forum.thread(id).orElseThrow(Visible::notFound);
		Space space = this.spaces.find(thread.spaceId()).orElseThrow();
		if (!Audience.of(me).maySee(space, thread)) {
			throw notFound();
		}
		return new InSpace(space, thread);
	}

	/** A post, if the member may see it. */
	InThread post(SignedInMember me, long id) {
		return post(me, id, Use.SEE);
	}

	/**
	 * A post, if the member may see it and use it this way; a post they may see but not
	 * use this way is as missing as one they may not see.
	 */
	InThread post(SignedInMember me, long id, Use use) {
		Forum.PostView post = this.forum.post(id, me.id()).orElseThrow(Visible::notFound);
		Forum.ThreadView thread = this.forum.thread(post.threadId()).orElseThrow();
		Space space = this.spaces.find(thread.spaceId()).orElseThrow();
		Audience audience = Audience.of(me);
		boolean allowed = switch (use) {
			case SEE -> audience.maySee(space, thread, post);
			case CHANGE -> audience.mayChange(space, thread, post);
			case REPORT -> audience.mayReport(space, thread, post);
		};
		if (!allowed) {
			throw notFound();
		}
		return new InThread(space, thread, post);
	}

	Member profile(SignedInMember me, String username) {
		Predicate<Member> visible = Audience.of(me)::maySee;
		return this.members.findByUsername(username).filter(visible).orElseThrow(Visible::notFound);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
