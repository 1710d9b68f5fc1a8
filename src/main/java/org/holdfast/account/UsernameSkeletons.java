package org.holdfast.account;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills in the folded form of usernames made before it was kept
 * ({@link UsernamePolicy#skeleton}), once, at start-up. Several nodes may do it at once:
 * each writes the same value.
 */
@Component
class UsernameSkeletons implements ApplicationRunner {

	private final JdbcClient jdbc;

	UsernameSkeletons(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (String username : this.jdbc.sql("select username from member where username_skeleton is null")
			.query(String.class)
			.list()) {
			this.jdbc.sql("update member set username_skeleton = ? where username = ?")
				.params(UsernamePolicy.skeleton(username), username)
				.update();
		}
	}

}
