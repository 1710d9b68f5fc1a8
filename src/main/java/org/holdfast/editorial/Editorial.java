package org.holdfast.editorial;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revisions and editorial events for any kind of content, and the rule that publishing
 * needs a second pair of eyes. The content's own service decides the revision numbers
 * while it holds a lock on the content, so two editors saving at once cannot both get the
 * same number.
 */
@Service
public class Editorial {

	/**
	 * The longest note an editor can leave with a step (the database allows this much).
	 */
	public static final int MAX_NOTE = 1000;

	private static final String REVISION = """
			select r.number, r.document, r.author_id, m.username, r.created_at
			from revision r left join member m on m.id = r.author_id
			where r.kind = ? and r.subject_id = ?""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Editorial(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Saves the editor's document as the next revision, unless it is the same as the
	 * newest; refuses if someone saved a newer revision since the editor started from
	 * {@code basedOn}. Call with the content's row locked. Returns the newest number.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int saveRevision(String kind, long subject, Workflow workflow, int basedOn, String document, long editor) {
		if (basedOn != workflow.getLatestRevision()) {
			throw new EditorialRefusal("editor.refused.stale");
		}
		Optional<Revision> latest = revision(kind, subject, workflow.getLatestRevision());
		if (latest.isPresent() && JSON.readTree(latest.get().document()).equals(JSON.readTree(document))) {
			return workflow.getLatestRevision();
		}
		int number = workflow.revise();
		save(kind, subject, number, document, editor);
		record(kind, subject, number, EditorialEvent.Action.SAVED, editor, null);
		return number;
	}

	/** Sends the newest revision for review. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void submit(String kind, long subject, Workflow workflow, int revision, long editor) {
		workflow.submit(revision);
		record(kind, subject, revision, EditorialEvent.Action.SUBMITTED, editor, null);
	}

	/** Sends the revision under review back, with the reviewer's note. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void sendBack(String kind, long subject, Workflow workflow, int revision, String note, long editor) {
		workflow.sendBack(revision);
		record(kind, subject, revision, EditorialEvent.Action.RETURNED, editor, note);
	}

	/**
	 * Refuses an approval of anything but the revision under review, or by anyone who
	 * wrote or sent it. The caller then writes the revision's content and calls
	 * {@link #approved}.
	 */
	public void checkApproval(String kind, long subject, Workflow workflow, int revision, long approver) {
		Integer submitted = workflow.getSubmittedRevision();
		if (submitted == null || submitted != revision) {
			throw new EditorialRefusal("editor.refused.changed");
		}
		Integer published = workflow.getPublishedRevision();
		checkApprover(kind, subject, (published != null) ? published : 0, revision, approver);
	}

	/** Records the approval: the revision is now the published one. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void approved(String kind, long subject, Workflow workflow, int revision, long approver) {
		workflow.approve(revision);
		record(kind, subject, revision, EditorialEvent.Action.APPROVED, approver, null);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void archive(String kind, long subject, Workflow workflow, String note, long editor) {
		workflow.archive();
		record(kind, subject, workflow.getLatestRevision(), EditorialEvent.Action.ARCHIVED, editor, note);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void unarchive(String kind, long subject, Workflow workflow, long editor) {
		workflow.unarchive();
		record(kind, subject, workflow.getLatestRevision(), EditorialEvent.Action.UNARCHIVED, editor, null);
	}

	/** Saves an old revision again as the newest, as a draft; returns its number. */
	@Transactional(propagation = Propagation.MANDATORY)
	public int restore(String kind, long subject, Workflow workflow, int old, long editor) {
		if (old == workflow.getLatestRevision()) {
			throw new EditorialRefusal("editor.refused.already-newest");
		}
		Revision revision = revision(kind, subject, old)
			.orElseThrow(() -> new EditorialRefusal("editor.refused.no-revision"));
		int number = workflow.revise();
		save(kind, subject, number, revision.document(), editor);
		record(kind, subject, old, EditorialEvent.Action.RESTORED, editor, null);
		record(kind, subject, number, EditorialEvent.Action.SAVED, editor, null);
		return number;
	}

	/**
	 * Saves a revision with the next number, which the caller worked out under its lock.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void save(String kind, long subject, int number, String document, @Nullable Long author) {
		this.jdbc.update(
				"insert into revision (kind, subject_id, number, document, author_id, created_at) values (?, ?, ?, ?, ?, ?)",
				kind, subject, number, document, author, java.sql.Timestamp.from(this.clock.instant()));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String kind, long subject, int revision, EditorialEvent.Action action, @Nullable Long member,
			@Nullable String note) {
		this.jdbc.update(
				"insert into editorial_event (kind, subject_id, revision, action, member_id, note, occurred_at) values (?, ?, ?, ?, ?, ?, ?)",
				kind, subject, revision, action.name(), member, note, java.sql.Timestamp.from(this.clock.instant()));
	}

	/**
	 * Whether any revision of this kind ever had this address: a starter file whose
	 * content an editor has since renamed is not imported again.
	 */
	public boolean everAddressed(String kind, String slug) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select 1 from revision where kind = ? and document::jsonb ->> 'slug' = ?)",
				Boolean.class, kind, slug));
	}

	public Optional<Revision> revision(String kind, long subject, int number) {
		return this.jdbc.query(REVISION + " and r.number = ?", Editorial::revision, kind, subject, number)
			.stream()
			.findFirst();
	}

	/** Every revision, newest first. */
	public List<Revision> revisions(String kind, long subject) {
		return this.jdbc.query(REVISION + " order by r.number desc", Editorial::revision, kind, subject);
	}

	/** Everything that happened, newest first. */
	public List<EditorialEvent> events(String kind, long subject) {
		return this.jdbc.query("""
				select e.revision, e.action, e.member_id, m.username, e.note, e.occurred_at
				from editorial_event e left join member m on m.id = e.member_id
				where e.kind = ? and e.subject_id = ? order by e.id desc""", Editorial::event, kind, subject);
	}

	/**
	 * Refuses an approval that would publish anyone's writing without a second editor
	 * reading it: the approver must not have written any revision since the last
	 * published one, nor sent this one for review.
	 * @param published the revision the public sees now, or 0 for none
	 * @param submitted the revision sent for review
	 */
	public void checkApprover(String kind, long subject, int published, int submitted, long approver) {
		String problem = approvalProblem(kind, subject, published, submitted, approver);
		if (problem != null) {
			throw new EditorialRefusal(problem);
		}
	}

	/** Why this editor may not approve, as a message key, or {@code null} if they may. */
	public @Nullable String approvalProblem(String kind, long subject, int published, int submitted, long approver) {
		List<Long> writers = this.jdbc.queryForList(
				"select author_id from revision where kind = ? and subject_id = ? and number > ? and number <= ? and author_id is not null",
				Long.class, kind, subject, published, submitted);
		if (writers.contains(approver)) {
			return "editor.refused.own-writing";
		}
		List<Long> submitters = this.jdbc.queryForList(
				"select member_id from editorial_event where kind = ? and subject_id = ? and revision = ? and action = 'SUBMITTED' order by id desc limit 1",
				Long.class, kind, subject, submitted);
		if (!submitters.isEmpty() && Objects.equals(submitters.get(0), approver)) {
			return "editor.refused.own-submission";
		}
		return null;
	}

	private static Revision revision(ResultSet row, int index) throws SQLException {
		long author = row.getLong(3);
		return new Revision(row.getInt(1), row.getString(2), row.wasNull() ? null : author, row.getString(4),
				row.getTimestamp(5).toInstant());
	}

	private static EditorialEvent event(ResultSet row, int index) throws SQLException {
		long member = row.getLong(3);
		Long memberId = row.wasNull() ? null : member;
		return new EditorialEvent(row.getInt(1), EditorialEvent.Action.valueOf(row.getString(2)), memberId,
				row.getString(4), row.getString(5), row.getTimestamp(6).toInstant());
	}

}
