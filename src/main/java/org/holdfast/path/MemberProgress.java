package org.holdfast.path;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A member's progress, in PostgreSQL. Every write is one statement that can only move
 * progress forward, so two tabs (or two devices) writing at once both count and neither
 * undoes the other.
 */
final class MemberProgress implements ProgressStore {

	private final JdbcTemplate jdbc;

	private final long memberId;

	MemberProgress(JdbcTemplate jdbc, long memberId) {
		this.jdbc = jdbc;
		this.memberId = memberId;
	}

	@Override
	public Map<Long, StepProgress> progress(Collection<Long> stepIds) {
		Map<Long, StepProgress> found = new HashMap<>();
		if (stepIds.isEmpty()) {
			return found;
		}
		this.jdbc.query(
				"select step_id, visited_at, done_at, feeling, feeling_note from path_progress where member_id = ? and step_id = any (?)",
				(row) -> {
					Timestamp done = row.getTimestamp(3);
					int feeling = row.getInt(4);
					Integer felt = row.wasNull() ? null : feeling;
					found.put(row.getLong(1), new StepProgress(row.getTimestamp(2).toInstant(),
							(done != null) ? done.toInstant() : null, felt, row.getString(5)));
				}, this.memberId, stepIds.toArray(Long[]::new));
		return found;
	}

	@Override
	public @Nullable Long place(long pathId) {
		return this.jdbc
			.queryForList("select step_id from path_place where member_id = ? and path_id = ?", Long.class,
					this.memberId, pathId)
			.stream()
			.findFirst()
			.orElse(null);
	}

	@Override
	public Set<Long> paths() {
		return new HashSet<>(this.jdbc.queryForList("select path_id from path_place where member_id = ?", Long.class,
				this.memberId));
	}

	@Override
	public void visit(long pathId, long stepId, Instant now) {
		upsert(stepId, now, null, null, null);
		place(pathId, stepId, now);
	}

	@Override
	public void done(long pathId, long stepId, Instant now) {
		upsert(stepId, now, now, null, null);
		place(pathId, stepId, now);
	}

	@Override
	public void feeling(long pathId, long stepId, int feeling, @Nullable String note, Instant now) {
		this.jdbc.update("""
				insert into path_progress (member_id, step_id, visited_at, done_at, feeling, feeling_note)
				values (?, ?, ?, ?, ?, ?)
				on conflict (member_id, step_id) do update
				set done_at = coalesce(path_progress.done_at, excluded.done_at), feeling = excluded.feeling,
				    feeling_note = excluded.feeling_note""", this.memberId, stepId, Timestamp.from(now),
				Timestamp.from(now), feeling, note);
		place(pathId, stepId, now);
	}

	/** Adds progress, keeping the furthest of what was there and this. */
	void upsert(long stepId, Instant visited, @Nullable Instant done, @Nullable Integer feeling,
			@Nullable String note) {
		this.jdbc.update("""
				insert into path_progress (member_id, step_id, visited_at, done_at, feeling, feeling_note)
				values (?, ?, ?, ?, ?, ?)
				on conflict (member_id, step_id) do update
				set visited_at = least(path_progress.visited_at, excluded.visited_at),
				    done_at = case when path_progress.done_at is null then excluded.done_at
				                   when excluded.done_at is null then path_progress.done_at
				                   else least(path_progress.done_at, excluded.done_at) end,
				    feeling = coalesce(path_progress.feeling, excluded.feeling),
				    feeling_note = case when path_progress.feeling is null then excluded.feeling_note
				                        else path_progress.feeling_note end""", this.memberId, stepId,
				Timestamp.from(visited), (done != null) ? Timestamp.from(done) : null, feeling, note);
	}

	/** Moves their place in the path, unless a newer move is already recorded. */
	void place(long pathId, long stepId, Instant at) {
		this.jdbc.update(
				"""
						insert into path_place (member_id, path_id, step_id, updated_at) values (?, ?, ?, ?)
						on conflict (member_id, path_id) do update set step_id = excluded.step_id, updated_at = excluded.updated_at
						where path_place.updated_at <= excluded.updated_at""",
				this.memberId, pathId, stepId, Timestamp.from(at));
	}

	@Override
	public Optional<Reflection> reflection(long stepId) {
		return this.jdbc
			.query("select body, version, updated_at from reflection where member_id = ? and step_id = ?",
					(row, n) -> new Reflection(row.getString(1), row.getInt(2), row.getTimestamp(3).toInstant()),
					this.memberId, stepId)
			.stream()
			.findFirst();
	}

	@Override
	public Map<Long, Reflection> reflections() {
		Map<Long, Reflection> found = new HashMap<>();
		this.jdbc.query("select step_id, body, version, updated_at from reflection where member_id = ?", (row) -> {
			found.put(row.getLong(1), new Reflection(row.getString(2), row.getInt(3), row.getTimestamp(4).toInstant()));
		}, this.memberId);
		return found;
	}

	@Override
	public Reflection saveReflection(long pathId, long stepId, String body, int version, Instant now) {
		int changed;
		if (version == 0) {
			changed = this.jdbc.update("""
					insert into reflection (member_id, step_id, body, version, created_at, updated_at)
					values (?, ?, ?, 1, ?, ?) on conflict do nothing""", this.memberId, stepId, body,
					Timestamp.from(now), Timestamp.from(now));
		}
		else {
			changed = this.jdbc.update(
					"update reflection set body = ?, version = version + 1, updated_at = ? where member_id = ? and step_id = ? and version = ?",
					body, Timestamp.from(now), this.memberId, stepId, version);
		}
		if (changed == 0) {
			throw new StaleReflection();
		}
		place(pathId, stepId, now);
		return new Reflection(body, version + 1, now);
	}

	@Override
	public void deleteReflection(long stepId) {
		this.jdbc.update("delete from reflection where member_id = ? and step_id = ?", this.memberId, stepId);
	}

	/**
	 * Takes in what an anonymous session built up: the furthest state of each step, the
	 * newer place in each path, and every reflection (one written in both is kept as
	 * both, one after the other).
	 */
	void merge(SessionProgress session) {
		session.steps()
			.forEach((stepId, progress) -> upsert(stepId, progress.visitedAt(), progress.doneAt(), progress.feeling(),
					progress.note()));
		session.places().forEach((pathId, place) -> place(pathId, place.stepId(), place.at()));
		session.reflections()
			.forEach((stepId, reflection) -> this.jdbc
				.update("""
						insert into reflection (member_id, step_id, body, version, created_at, updated_at)
						values (?, ?, ?, 1, ?, ?)
						on conflict (member_id, step_id) do update
						set body = case when reflection.body = excluded.body then reflection.body
						                else reflection.body || E'\\n\\n' || excluded.body end,
						    version = reflection.version + 1, updated_at = greatest(reflection.updated_at, excluded.updated_at)""",
						this.memberId, stepId, reflection.body(), Timestamp.from(reflection.updatedAt()),
						Timestamp.from(reflection.updatedAt())));
	}

}
