package org.holdfast.community;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Words and phrases, and members, a member would rather not read. Threads and posts that
 * mention a muted phrase, or that a muted member wrote, are collapsed for them (still
 * there, one click away), never removed: muting is for the reader's own comfort, and
 * tells no one.
 */
@Component
class Mutes {

	static final int MAX = 100;

	static final int MAX_MEMBERS = 500;

	/** A member someone has muted. */
	record MutedMember(long id, String username) {
	}

	/** What one reader has muted, read once for a page. */
	record Muted(List<String> phrases, Set<Long> members) {

		/** Whether a muted member wrote it. */
		boolean wrote(@Nullable Long authorId) {
			return authorId != null && this.members.contains(authorId);
		}

		/** Whether any of the texts mentions a muted phrase. */
		boolean mentioned(@Nullable String... texts) {
			return matches(this.phrases, texts);
		}

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	Mutes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What the member has muted, in one statement (every community page asks). */
	Muted of(long memberId) {
		List<String> phrases = new ArrayList<>();
		Set<Long> members = new HashSet<>();
		this.jdbc.sql("""
				select phrase, null::bigint as muted_id from community_mute where member_id = ?
				union all
				select null, muted_id from community_member_mute where member_id = ?""")
			.params(memberId, memberId)
			.query((rs) -> {
				String phrase = rs.getString("phrase");
				if (phrase != null) {
					phrases.add(phrase);
				}
				else {
					members.add(rs.getLong("muted_id"));
				}
			});
		return new Muted(phrases, members);
	}

	List<String> phrases(long memberId) {
		return this.jdbc.sql("select phrase from community_mute where member_id = ? order by phrase")
			.param(memberId)
			.query(String.class)
			.list();
	}

	/** Adds a phrase; false if the member already has as many as allowed. */
	boolean add(long memberId, String phrase) {
		if (phrases(memberId).size() >= MAX) {
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

	List<MutedMember> members(long memberId) {
		return this.jdbc.sql("""
				select m.id, m.username from community_member_mute x join member m on m.id = x.muted_id
				where x.member_id = ? order by m.username""")
			.param(memberId)
			.query((rs, row) -> new MutedMember(rs.getLong("id"), rs.getString("username")))
			.list();
	}

	boolean hasMuted(long memberId, long mutedId) {
		return this.jdbc.sql("select exists (select 1 from community_member_mute where member_id = ? and muted_id = ?)")
			.params(memberId, mutedId)
			.query(Boolean.class)
			.single();
	}

	/** Mutes a member; false if this member already has as many muted as allowed. */
	boolean muteMember(long memberId, long mutedId) {
		if (this.jdbc.sql("select count(*) from community_member_mute where member_id = ?")
			.param(memberId)
			.query(Long.class)
			.single() >= MAX_MEMBERS) {
			return false;
		}
		this.jdbc.sql("""
				insert into community_member_mute (member_id, muted_id, muted_at) values (?, ?, ?)
				on conflict do nothing""").params(memberId, mutedId, Timestamp.from(this.clock.instant())).update();
		return true;
	}

	void unmuteMember(long memberId, long mutedId) {
		this.jdbc.sql("delete from community_member_mute where member_id = ? and muted_id = ?")
			.params(memberId, mutedId)
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
