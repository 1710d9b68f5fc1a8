package org.holdfast.journal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.holdfast.toolbox.ActivityChoices;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' journal entries. Every statement names the member, so no one reaches anyone
 * else's entries, and "what helped" only ever names a shared activity or one of the
 * member's own.
 */
@Repository
class Journal {

	private static final String SELECT = """
			select e.id, e.day, e.mood, e.urge, e.situation, e.note, e.written_at,
			  coalesce((select array_agg(case when h.activity_id is not null then 'a' || h.activity_id
			                                  else 'o' || h.own_activity_id end)
			            from journal_helped h where h.entry_id = e.id), '{}') as helped
			from journal_entry e""";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Journal(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The member's entries about days from {@code from} to {@code to}, oldest first. */
	List<JournalEntry> between(long member, LocalDate from, LocalDate to) {
		return this.jdbc.query(SELECT + " where e.member_id = ? and e.day between ? and ? order by e.day, e.written_at",
				Journal::entry, member, Date.valueOf(from), Date.valueOf(to));
	}

	Optional<JournalEntry> find(long member, long id) {
		return this.jdbc.query(SELECT + " where e.member_id = ? and e.id = ?", Journal::entry, member, id)
			.stream()
			.findFirst();
	}

	@Transactional
	long add(long member, JournalForm form) {
		Timestamp now = Timestamp.from(this.clock.instant());
		Long id = this.jdbc.queryForObject("""
				insert into journal_entry (member_id, day, mood, urge, situation, note, written_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, member, Date.valueOf(form.date()),
				form.moodValue(), form.urgeValue(), form.cleanSituation(), form.cleanNote(), now, now);
		long entry = (id != null) ? id : 0;
		helped(member, entry, form.getHelped());
		return entry;
	}

	/** Changes the member's entry; false if they have none with this id. */
	@Transactional
	boolean change(long member, long id, JournalForm form) {
		int changed = this.jdbc.update("""
				update journal_entry set day = ?, mood = ?, urge = ?, situation = ?, note = ?, updated_at = ?
				where member_id = ? and id = ?""", Date.valueOf(form.date()), form.moodValue(), form.urgeValue(),
				form.cleanSituation(), form.cleanNote(), Timestamp.from(this.clock.instant()), member, id);
		if (changed != 1) {
			return false;
		}
		this.jdbc.update("delete from journal_helped where entry_id = ? and member_id = ?", id, member);
		helped(member, id, form.getHelped());
		return true;
	}

	@Transactional
	boolean delete(long member, long id) {
		return this.jdbc.update("delete from journal_entry where member_id = ? and id = ?", member, id) == 1;
	}

	private void helped(long member, long entry, List<String> refs) {
		for (String ref : refs.stream().distinct().toList()) {
			Long shared = ActivityChoices.shared(ref);
			Long own = ActivityChoices.own(ref);
			if (shared != null) {
				// only an activity that has been published: never an editor's draft
				this.jdbc.update("""
						insert into journal_helped (entry_id, member_id, activity_id)
						select ?, ?, id from coping_activity where id = ? and published_revision is not null
						on conflict do nothing""", entry, member, shared);
			}
			else if (own != null) {
				this.jdbc.update("""
						insert into journal_helped (entry_id, member_id, own_activity_id)
						select ?, ?, id from own_activity where id = ? and member_id = ?
						on conflict do nothing""", entry, member, own, member);
			}
		}
	}

	private static JournalEntry entry(ResultSet row, int number) throws SQLException {
		Array helped = row.getArray("helped");
		List<String> refs = Arrays.asList((String[]) helped.getArray());
		return new JournalEntry(row.getLong("id"), row.getDate("day").toLocalDate(), (Integer) row.getObject("mood"),
				(Integer) row.getObject("urge"), row.getString("situation"), row.getString("note"), List.copyOf(refs),
				row.getTimestamp("written_at").toInstant());
	}

}
