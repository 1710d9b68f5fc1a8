package org.holdfast.toolbox;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is one member's own in the toolbox: the shared activities they marked as
 * favourites and the activities they wrote for themselves. Every statement names the
 * member, so no one reaches anyone else's.
 */
@Repository
class MemberActivities {

	/** An activity a member wrote for themselves. */
	record OwnActivity(long id, String title, @Nullable String note) {
	}

	static final int MAX_OWN = 200;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	MemberActivities(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Set<Long> favourites(long member) {
		return Set.copyOf(this.jdbc.queryForList(
				"select activity_id from favourite_activity where member_id = ? order by created_at", Long.class,
				member));
	}

	@Transactional
	void favourite(long member, long activity) {
		this.jdbc.update("""
				insert into favourite_activity (member_id, activity_id, created_at) values (?, ?, ?)
				on conflict do nothing""", member, activity, java.sql.Timestamp.from(this.clock.instant()));
	}

	@Transactional
	void unfavourite(long member, long activity) {
		this.jdbc.update("delete from favourite_activity where member_id = ? and activity_id = ?", member, activity);
	}

	List<OwnActivity> own(long member) {
		return this.jdbc.query("select id, title, note from own_activity where member_id = ? order by lower(title), id",
				(row, n) -> new OwnActivity(row.getLong("id"), row.getString("title"), row.getString("note")), member);
	}

	Optional<OwnActivity> own(long member, long id) {
		return this.jdbc
			.query("select id, title, note from own_activity where member_id = ? and id = ?",
					(row, n) -> new OwnActivity(row.getLong("id"), row.getString("title"), row.getString("note")),
					member, id)
			.stream()
			.findFirst();
	}

	int countOwn(long member) {
		Integer count = this.jdbc.queryForObject("select count(*) from own_activity where member_id = ?", Integer.class,
				member);
		return (count != null) ? count : 0;
	}

	@Transactional
	long add(long member, String title, @Nullable String note) {
		java.sql.Timestamp now = java.sql.Timestamp.from(this.clock.instant());
		Long id = this.jdbc.queryForObject("""
				insert into own_activity (member_id, title, note, created_at, updated_at) values (?, ?, ?, ?, ?)
				returning id""", Long.class, member, title, note, now, now);
		return (id != null) ? id : 0;
	}

	/** Changes the member's own activity; false if they have none with this id. */
	@Transactional
	boolean change(long member, long id, String title, @Nullable String note) {
		return this.jdbc.update(
				"update own_activity set title = ?, note = ?, updated_at = ? where member_id = ? and id = ?", title,
				note, java.sql.Timestamp.from(this.clock.instant()), member, id) == 1;
	}

	@Transactional
	boolean delete(long member, long id) {
		return this.jdbc.update("delete from own_activity where member_id = ? and id = ?", member, id) == 1;
	}

}
