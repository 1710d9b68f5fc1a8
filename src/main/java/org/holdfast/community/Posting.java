package org.holdfast.community;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.holdfast.account.SignedInMember;
import org.holdfast.markdown.Markdown;
import org.holdfast.moderation.Held;
import org.holdfast.moderation.PostState;
import org.holdfast.moderation.Review;
import org.holdfast.moderation.Screening;
import org.holdfast.moderation.Suspensions;
import org.holdfast.system.HourlyLimit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing in the community: new threads, replies, changes and deletions, each checked
 * before it goes up. In order: may this member post here now (suspension, a locked
 * thread, a space closed to new accounts, the hourly limit), then the screening checks.
 * Help comes before every other check: an emergency shows the writer their emergency
 * number first, crisis language their crisis lines, and if they post anyway the post goes
 * to the top of the queue (an emergency above everything). After that, contact details
 * are refused with the reason and method detail is held or sent back, as the space
 * chooses, and whatever page follows still shows the writer their crisis lines. A hit
 * from the screening model alone never sends a post back: it is held for a moderator. A
 * writer who thinks a check got it wrong can send the post to a moderator instead. Each
 * decision is logged with the rules that matched, never the words.
 */
@Service
@EnableConfigurationProperties(CommunityProperties.class)
class Posting {

	private static final Logger log = LoggerFactory.getLogger(Posting.class);

	/** What became of an attempt to post. */
	sealed interface Outcome {

	}

	/**
	 * It was saved; {@code waiting} if a moderator must see it before others do, and
	 * {@code help} if the writer may be in danger (their crisis lines come with the
	 * page).
	 */
	record Posted(long threadId, long postId, boolean waiting, boolean help) implements Outcome {
	}

	/**
	 * An emergency or crisis language ({@code kind} says which): show the writer help
	 * before anything is posted.
	 */
	record Help(Screening.Kind kind) implements Outcome {

		public boolean emergency() {
			return this.kind == Screening.Kind.EMERGENCY;
		}

	}

	/**
	 * A check matched; the form comes back with the reason ({@code check} names it), and
	 * with the writer's crisis lines if {@code help}.
	 */
	record Checked(String check, boolean help) implements Outcome {
	}

	/** Not allowed now; {@code key} says why, with {@code until} when it ends. */
	record Refused(String key, int status, @Nullable Instant until) implements Outcome {
	}

	private final JdbcClient jdbc;

	private final Screening screening;

	private final Review review;

	private final Suspensions suspensions;

	private final CommunityPosts posts;

	private final Markdown markdown;

	private final CommunityProperties properties;

	private final Clock clock;

	/** Checks each member sent in the last hour, on this node. */
	private final HourlyLimit checks;

	Posting(JdbcClient jdbc, Screening screening, Review review, Suspensions suspensions, CommunityPosts posts,
			Markdown markdown, CommunityProperties properties, Clock clock) {
		this.checks = new HourlyLimit(clock, properties.checksPerHour());
		this.jdbc = jdbc;
		this.screening = screening;
		this.review = review;
		this.suspensions = suspensions;
		this.posts = posts;
		this.markdown = markdown;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Why this member can't post here now, if they can't.
	 * @param counts whether this post counts towards the hourly limit (changes don't)
	 * @param editing whether it changes a post already there, which a locked thread
	 * allows (a moderator may have asked for the change)
	 */
	Optional<Refused> refusal(SignedInMember me, Space space, Forum.@Nullable ThreadView thread, boolean counts,
			boolean editing) {
		Instant now = this.clock.instant();
		Optional<Suspensions.Suspension> suspended = this.suspensions.current(me.id());
		if (suspended.isPresent()) {
			return Optional.of(new Refused(suspended.get().permanent() ? "community.refused.suspended.permanent"
					: "community.refused.suspended", 403, suspended.get().endsAt()));
		}
		if (thread != null && thread.locked() && !editing) {
			return Optional.of(new Refused("community.refused.locked", 403, null));
		}
		Instant joined = this.jdbc.sql("select joined_at from member where id = ?")
			.param(me.id())
			.query(Timestamp.class)
			.single()
			.toInstant();
		Instant grown = joined.plus(Duration.ofDays(this.properties.newAccountDays()));
		boolean fresh = now.isBefore(grown);
		if (fresh && !space.newAccountsMayPost()) {
			return Optional.of(new Refused("community.refused.new-account", 403, grown));
		}
		if (counts) {
			int limit = fresh ? space.newAccountPostsPerHour() : space.postsPerHour();
			Instant hourAgo = now.minus(Duration.ofHours(1));
			var recent = this.jdbc.sql("""
					select p.created_at from community_post p join community_thread t on t.id = p.thread_id
					where p.author_id = ? and t.space_id = ? and p.created_at > ?
					order by p.created_at desc limit ?""")
				.params(me.id(), space.id(), Timestamp.from(hourAgo), limit)
				.query(Timestamp.class)
				.list();
			if (recent.size() >= limit) {
				Instant retry = recent.get(recent.size() - 1).toInstant().plus(Duration.ofHours(1));
				return Optional
					.of(new Refused(fresh ? "community.refused.rate.new" : "community.refused.rate", 429, retry));
			}
		}
		return Optional.empty();
	}

	/**
	 * When the member may send something to be checked again, if they have sent too many
	 * that were refused or sent back in the last hour: the checks run before anything is
	 * saved, so the posting limits alone don't bound them.
	 */
	private Optional<Refused> tooManyChecks(SignedInMember me) {
		return this.checks.blockedUntil(Long.toString(me.id()))
			.map((until) -> new Refused("community.refused.checks", 429, until));
	}

	/**
	 * Counts a check that saved nothing towards the member's hourly limit. Help shown to
	 * someone who may be in danger never counts: no one is told to wait after that.
	 */
	private Outcome counted(SignedInMember me, Outcome outcome) {
		if (!(outcome instanceof Posted) && !(outcome instanceof Help)) {
			this.checks.count(Long.toString(me.id()));
		}
		return outcome;
	}

	@Transactional
	Outcome startThread(SignedInMember me, Space space, PostForm form) {
		Optional<Refused> refused = refusal(me, space, null, true, false).or(() -> tooManyChecks(me));
		if (refused.isPresent()) {
			return refused.get();
		}
		return counted(me, check(space, form, null, (held) -> {
			Timestamp now = Timestamp.from(this.clock.instant());
			long thread = this.jdbc.sql("""
					insert into community_thread (space_id, author_id, title, created_at, last_activity_at, listed)
					values (?, ?, ?, ?, ?, false) returning id""")
				.params(space.id(), me.id(), form.cleanTitle(), now, now)
				.query(Long.class)
				.single();
			return new long[] { thread, insert(thread, me.id(), true, form, held, now) };
		}));
	}

	@Transactional
	Outcome reply(SignedInMember me, Space space, Forum.ThreadView thread, PostForm form) {
		Optional<Refused> refused = refusal(me, space, thread, true, false).or(() -> tooManyChecks(me));
		if (refused.isPresent()) {
			return refused.get();
		}
		return counted(me, check(space, form, null, (held) -> new long[] { thread.id(),
				insert(thread.id(), me.id(), false, form, held, Timestamp.from(this.clock.instant())) }));
	}

	/** Changes the member's own post; the version it replaces is kept for moderators. */
	@Transactional
	Outcome edit(SignedInMember me, Space space, Forum.ThreadView thread, Forum.PostView post, PostForm form) {
		Optional<Refused> refused = refusal(me, space, thread, false, true).or(() -> tooManyChecks(me));
		if (refused.isPresent()) {
			return refused.get();
		}
		boolean revising = post.state() == PostState.REVISION;
		return counted(me, check(space, form, revising ? Held.REVIEW_ASKED : null, (held) -> {
			PostState now = this.posts.lockState(post.id());
			if (!now.changeableByWriter()) {
				// A moderator took it down while the writer was changing it.
				return null;
			}
			Timestamp at = Timestamp.from(this.clock.instant());
			this.jdbc.sql("""
					insert into community_post_version (post_id, title, body, content_warning, written_at, replaced_at)
					select p.id, case when p.opener then t.title end, p.body, p.content_warning,
					       coalesce(p.edited_at, p.created_at), ?
					from community_post p join community_thread t on t.id = p.thread_id where p.id = ?""")
				.params(at, post.id())
				.update();
			this.jdbc
				.sql("update community_post set body = ?, html = ?, content_warning = ?, edited_at = ? where id = ?")
				.params(form.cleanBody(), this.markdown.renderPost(form.cleanBody()).html(), form.cleanWarning(), at,
						post.id())
				.update();
			if (post.opener()) {
				this.jdbc.sql("update community_thread set title = ? where id = ?")
					.params(form.cleanTitle(), thread.id())
					.update();
			}
			this.posts.move(post.id(), (held != null) ? PostState.PENDING : now);
			return new long[] { thread.id(), post.id() };
		}));
	}

	/** Deletes the member's own post: its words are erased, its place kept. */
	@Transactional
	void delete(Forum.PostView post) {
		this.posts.erase(post.id());
		this.review.withdraw(post.id());
	}

	/** Sends a support reaction, or takes it back if it was sent already. */
	@Transactional
	void react(SignedInMember me, Forum.PostView post, String kind) {
		int removed = this.jdbc.sql("delete from community_reaction where post_id = ? and member_id = ? and kind = ?")
			.params(post.id(), me.id(), kind)
			.update();
		if (removed == 0) {
			this.jdbc.sql("""
					insert into community_reaction (post_id, member_id, kind, reacted_at) values (?, ?, ?, ?)
					on conflict do nothing""")
				.params(post.id(), me.id(), kind, Timestamp.from(this.clock.instant()))
				.update();
		}
	}

	/**
	 * Saves the post once the checks allow it, returning its thread and post ids, or null
	 * if it can no longer be saved (a moderator took it down meanwhile).
	 */
	private interface Save {

		long @Nullable [] save(@Nullable Held held);

	}

	/**
	 * Screens the post and saves it if the checks allow.
	 * @param waiting why it must wait for a moderator anyway (a change a moderator asked
	 * for), or null
	 */
	private Outcome check(Space space, PostForm form, @Nullable Held waiting, Save save) {
		Screening.Result result = this.screening.screen(form.screenedText());
		boolean help = result.needsHelp();
		if (help && !form.postingAnyway() && !form.askingModerator()) {
			// Help comes first, before anything else is asked of the writer.
			log(space, result, result.kind().name().toLowerCase(Locale.ROOT) + "-help-shown");
			return new Help(result.kind());
		}
		boolean method = result.has(Screening.Kind.METHOD);
		boolean contact = result.has(Screening.Kind.CONTACT);
		// The model alone is too unsure to send a post back: a moderator decides.
		boolean refuseContact = contact && !result.onlyByModel(Screening.Kind.CONTACT);
		boolean sendBackMethod = method && !result.onlyByModel(Screening.Kind.METHOD)
				&& space.methodPolicy() == Space.MethodPolicy.REVISE;
		Held held = space.premoderated() ? Held.PREMODERATION : waiting;
		String decision;
		if ((refuseContact || sendBackMethod) && form.askingModerator()) {
			held = Held.REVIEW_ASKED;
			decision = "held-asked";
		}
		else if (refuseContact) {
			log(space, result, "refused-contact");
			return new Checked("contact", help);
		}
		else if (sendBackMethod) {
			log(space, result, "sent-back-method");
			return new Checked("method", help);
		}
		else if (method) {
			held = Held.METHOD;
			decision = "held-method";
		}
		else if (contact) {
			held = Held.CONTACT;
			decision = "held-contact";
		}
		else {
			decision = (held != null) ? "held-" + held.name().toLowerCase(Locale.ROOT) : "published";
		}
		long[] saved = save.save(held);
		if (saved == null) {
			return new Refused("community.refused.taken-down", 409, null);
		}
		if (held != null || help) {
			this.review.open(saved[1], result.kinds(), held);
		}
		log(space, result, decision + " post=" + saved[1]);
		return new Posted(saved[0], saved[1], held != null, help);
	}

	private long insert(long thread, long author, boolean opener, PostForm form, @Nullable Held held, Timestamp now) {
		long id = this.jdbc
			.sql("""
					insert into community_post (thread_id, author_id, opener, body, html, content_warning, created_at, state)
					values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(thread, author, opener, form.cleanBody(), this.markdown.renderPost(form.cleanBody()).html(),
					form.cleanWarning(), now, ((held != null) ? PostState.PENDING : PostState.PUBLISHED).name())
			.query(Long.class)
			.single();
		this.posts.refresh(thread);
		return id;
	}

	private static void log(Space space, Screening.Result result, String decision) {
		log.info("Post screened in space {}: {} (rules: {})", space.slug(), decision,
				result.rules().isEmpty() ? "none" : String.join(", ", result.rules()));
	}

}
