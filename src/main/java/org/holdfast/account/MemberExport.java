package org.holdfast.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything Holdfast holds about a member, as JSON, for the member to download. Driven
 * by the schema, not by a list: the member's own row, then every row of every table that
 * references {@code member} by a foreign key, so that a feature added later is exported
 * without anyone remembering to add it. Columns commented {@code 'secret'} (the password
 * hash, the two-step secret, recovery-code digests) are left out: they would help an
 * attacker who got the file and mean nothing to the member.
 */
@Component
class MemberExport {

	private static final String OWNED_COLUMNS = """
			select c.conrelid::regclass::text as table_name, a.attname as column_name
			from pg_constraint c
			join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
			where c.contype = 'f' and c.confrelid = 'member'::regclass
			  and coalesce(col_description(c.conrelid, a.attnum), '') not like 'not exported%'
			order by 1, 2""";

	private static final String SECRET_COLUMNS = """
			select a.attname
			from pg_attribute a
			where a.attrelid = to_regclass(?) and a.attnum > 0 and not a.attisdropped
			  and col_description(a.attrelid, a.attnum) = 'secret'""";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	MemberExport(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The tables and columns that name a member: the export's scope. A column whose
	 * comment starts "not exported" names someone the row is about without being theirs
	 * (the member someone muted), so it does not put the row in that member's export.
	 */
	private List<Map<String, Object>> ownedColumns() {
		return this.jdbc.queryForList(OWNED_COLUMNS);
	}

	@Transactional(readOnly = true)
	String export(long memberId, String username) {
		Map<String, String> tables = new LinkedHashMap<>();
		tables.put("member", rows("member", "id", memberId));
		for (Map<String, Object> owned : ownedColumns()) {
			String table = (String) owned.get("table_name");
			String column = (String) owned.get("column_name");
			tables.merge(table, rows(table, column, memberId), MemberExport::concat);
		}
		tables.put("spring_session", this.jdbc.queryForObject("""
				select coalesce(jsonb_agg(jsonb_build_object(
				  'created', to_timestamp(creation_time / 1000.0),
				  'last_used', to_timestamp(last_access_time / 1000.0),
				  'expires', to_timestamp(expiry_time / 1000.0)) order by creation_time), '[]')::text
				from spring_session where principal_name = ?""", String.class, username));
		StringBuilder json = new StringBuilder("{\n  \"exported_at\": \"").append(this.clock.instant())
			.append("\",\n  \"tables\": {");
		String separator = "\n    ";
		for (Map.Entry<String, String> table : tables.entrySet()) {
			json.append(separator).append('"').append(table.getKey()).append("\": ").append(table.getValue());
			separator = ",\n    ";
		}
		return json.append("\n  }\n}\n").toString();
	}

	private String rows(String table, String column, long memberId) {
		List<String> secrets = this.jdbc.queryForList(SECRET_COLUMNS, String.class, table);
		String sql = "select coalesce(jsonb_agg(to_jsonb(t) - ?::text[]), '[]')::text from " + identifier(table)
				+ " t where " + identifier(column) + " = ?";
		return this.jdbc.queryForObject(sql, String.class, secrets.toArray(String[]::new), memberId);
	}

	/**
	 * Two JSON arrays as one, for a table that names the member in two columns (a
	 * moderator's notice names its member and the moderator who answered the appeal).
	 */
	private static String concat(String a, String b) {
		String first = strip(a);
		String second = strip(b);
		if (first.isBlank()) {
			return "[" + second + "]";
		}
		return second.isBlank() ? "[" + first + "]" : "[" + first + "," + second + "]";
	}

	private static String strip(String array) {
		String inner = array.strip();
		return inner.substring(1, inner.length() - 1);
	}

	/** Quotes a name read from the catalogue, so no name can change the statement. */
	private static String identifier(String name) {
		return "\"" + name.replace("\"", "\"\"") + "\"";
	}

}
