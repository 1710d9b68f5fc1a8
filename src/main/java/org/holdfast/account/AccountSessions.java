package org.holdfast.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a member's sessions on every device: for "sign out everywhere", after a password
 * change or recovery, and when an account is suspended, changes role or is deleted.
 * Sessions live in PostgreSQL, so this reaches every app node at once. The member's known
 * devices ({@link KnownDevices}) are forgotten too: whoever was signed in elsewhere is a
 * stranger to the back-off from now on.
 */
@Component
public class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final JdbcClient jdbc;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, JdbcClient jdbc) {
		this.sessions = sessions;
		this.jdbc = jdbc;
	}

	/** Ends every session of this member. */
	public void endAll(String username) {
		endAllExcept(username, null);
	}

	/** Ends every session of this member but one (the one they are using). */
	public void endAllExcept(String username, @org.jspecify.annotations.Nullable String keep) {
		for (String id : this.sessions.findByPrincipalName(username).keySet()) {
			if (!id.equals(keep)) {
				this.sessions.deleteById(id);
			}
		}
		this.jdbc.sql("delete from known_device where member_id = (select id from member where username = ?)")
			.param(username)
			.update();
	}

}
