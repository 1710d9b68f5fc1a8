package org.holdfast.editorial;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

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

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Editorial(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
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
