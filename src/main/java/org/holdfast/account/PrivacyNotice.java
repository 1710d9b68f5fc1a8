package org.holdfast.account;

import java.util.List;
import java.util.Set;

/**
 * Every item of data Holdfast stores, as the privacy page lists it: what it is, why it is
 * kept and for how long (the words are in {@code messages.properties} under
 * {@code privacy.item.<key>}). Each item names the database columns it covers, and a test
 * holds this list against the live schema: a new column that is not listed here, or a new
 * table that is neither listed nor declared {@link #NOT_PERSONAL}, fails the build.
 */
final class PrivacyNotice {

	/** One item of stored data and the columns that hold it. */
	record Item(String key, String table, List<String> columns) {
	}

	static final List<Item> ITEMS = List.of(
			new Item("username", "member", List.of("id", "username", "username_skeleton")),
			new Item("password", "member", List.of("password_hash")),
			new Item("age-band", "member", List.of("age_band")),
			new Item("joined", "member", List.of("joined_at", "agreed_at")),
			new Item("country", "member", List.of("country")),
			new Item("two-factor", "member", List.of("totp_secret", "totp_enabled_at", "totp_last_step")),
			new Item("suspension", "member", List.of("suspended_at", "suspension_reason")),
			new Item("roles", "member_role", List.of("member_id", "role")),
			new Item("recovery-codes", "recovery_code",
					List.of("id", "member_id", "code_hash", "created_at", "used_at")),
			new Item("sessions", "spring_session",
					List.of("primary_id", "session_id", "creation_time", "last_access_time", "max_inactive_interval",
							"expiry_time", "principal_name")),
			new Item("sessions", "spring_session_attributes",
					List.of("session_primary_id", "attribute_name", "attribute_bytes")),
			new Item("sign-in-attempts", "sign_in_throttle", List.of("username_key", "failures", "last_failure_at")),
			new Item("known-devices", "known_device", List.of("token_digest", "member_id", "last_used_at")),
			new Item("audit", "audit_event",
					List.of("id", "occurred_at", "actor_id", "action", "subject_id", "detail", "reason")),
			new Item("editing", "revision",
					List.of("id", "kind", "subject_id", "number", "document", "author_id", "created_at")),
			new Item("editing", "editorial_event",
					List.of("id", "kind", "subject_id", "revision", "action", "member_id", "note", "occurred_at")),
			new Item("paths", "path_progress",
					List.of("member_id", "step_id", "visited_at", "done_at", "feeling", "feeling_note")),
			new Item("paths", "path_place", List.of("member_id", "path_id", "step_id", "updated_at")),
			new Item("reflections", "reflection",
					List.of("member_id", "step_id", "body", "version", "created_at", "updated_at")),
			new Item("safety-plan", "safety_plan",
					List.of("member_id", "warning_signs", "coping", "distractions", "people", "professionals",
							"surroundings", "reasons", "version", "created_at", "updated_at")),
			new Item("toolbox", "favourite_activity", List.of("member_id", "activity_id", "created_at")),
			new Item("toolbox", "own_activity",
					List.of("id", "member_id", "title", "note", "created_at", "updated_at")),
			new Item("journal", "journal_entry",
					List.of("id", "member_id", "day", "mood", "urge", "situation", "note", "written_at", "updated_at")),
			new Item("journal", "journal_helped", List.of("entry_id", "member_id", "activity_id", "own_activity_id")),
			new Item("posts", "community_thread",
					List.of("id", "space_id", "author_id", "title", "created_at", "last_activity_at", "reply_count",
							"listed", "locked_at")),
			new Item("posts", "community_post",
					List.of("id", "thread_id", "author_id", "opener", "body", "html", "content_warning", "created_at",
							"edited_at", "state")),
			new Item("posts", "community_post_version",
					List.of("id", "post_id", "title", "body", "content_warning", "written_at", "replaced_at")),
			new Item("reactions", "community_reaction", List.of("post_id", "member_id", "kind", "reacted_at")),
			new Item("community-reading", "community_visit", List.of("member_id", "thread_id", "seen_at")),
			new Item("community-reading", "community_mute", List.of("member_id", "phrase", "muted_at")),
			new Item("community-reading", "community_member_mute", List.of("member_id", "muted_id", "muted_at")),
			new Item("reports", "moderation_report",
					List.of("id", "item_id", "reporter_id", "reason", "note", "reported_at")),
			new Item("moderation", "moderation_item",
					List.of("id", "post_id", "profile_id", "emergency", "crisis", "method", "held", "opened_at",
							"closed_at", "closed_by", "outcome")),
			new Item("moderation", "moderation_notice",
					List.of("id", "member_id", "item_id", "post_id", "kind", "reason", "sent_at", "read_at", "appeal",
							"appealed_at", "appeal_outcome", "appeal_answer", "appeal_decided_at",
							"appeal_decided_by")),
			new Item("moderation", "community_suspension",
					List.of("id", "member_id", "notice_id", "starts_at", "ends_at", "lifted_at")));

	/** Tables that hold nothing about any person. */
	static final Set<String> NOT_PERSONAL = Set.of("flyway_schema_history", "admin_setup_token", "article", "topic",
			"contributor", "article_topic", "article_contributor", "article_slug", "search_word", "path", "path_step",
			"coping_activity", "community_space", "screening_rule", "report_reason");

	/** The item keys in order, each once, as the page shows them. */
	static List<String> keys() {
		return ITEMS.stream().map(Item::key).distinct().toList();
	}

	private PrivacyNotice() {
	}

}
