package org.holdfast.community;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Words and phrases a member would rather not read. Threads and posts that mention one
 * are collapsed for them (still there, one click away), never removed: muting is for the
 * reader's own comfort, and tells no one.
 */
@Component
class Mutes {

	static final int MAX = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	Mutes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<String> of(long memberId) {
		return this.jdbc.sql("select phrase from community_mute where member_id = ? order by phrase")
			.param(memberId)
			.query(String.class)
			.list();
	}

	/** Adds a phrase; false if the member already has as many as allowed. */
	boolean add(long memberId, String phrase) {
		if (of(memberId).size() >= MAX) {
			return false;
		}
		this.jdbc.sql("""
				insert into community_mute (member_id, phrase, muted_at) values (?, ?, ?)
				on conflict do nothing""")
			.params(memberId, normalise(phrase), Timestamp.from(this.clock.instant()))
			.update();
		return true;
	}

	void remove(long memberId, String phrase) {
		this.jdbc.sql("delete from community_mute where member_id = ? and phrase = ?")
			.params(memberId, phrase)
			.update();
	}

	static String normalise(String phrase) {
		return phrase.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/** Whether any of the texts mentions any of the phrases (ignoring case). */
	static boolean matches(List<String> phrases, @Nullable String... texts) {
		if (phrases.isEmpty()) {
			return false;
		}
		for (String text : texts) {
			if (text == null) {
				continue;
			}
			String lower = text.toLowerCase(Locale.ROOT);
			for (String phrase : phrases) {
				if (lower.contains(phrase)) {
					return true;
				}
			}
		}
		return false;
	}

}
