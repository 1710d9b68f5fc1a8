package org.holdfast.community;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.holdfast.account.AgeBand;
import org.holdfast.editorial.StarterFiles;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spaces, read from {@code community_space}. The starter spaces
 * ({@code classpath:community/spaces.yml}) are added at start-up when their address is
 * missing, so a site keeps any settings it changed.
 */
@Component
class Spaces implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(Spaces.class);

	/** Starting rate limits: posts per hour, and in an account's first days. */
	static final int POSTS_PER_HOUR = 10;

	static final int NEW_ACCOUNT_POSTS_PER_HOUR = 3;

	/** A starter space as its file describes it. */
	record Starter(String slug, String name, String audience, boolean premoderated,
			@JsonProperty("new-accounts-may-post") boolean newAccountsMayPost,
			@JsonProperty("method-policy") String methodPolicy, String description, String guidelines) {
	}

	private static final String SELECT = """
			select id, slug, name, description, guidelines, audience, premoderated, new_accounts_may_post,
			       method_policy, posts_per_hour, new_account_posts_per_hour
			from community_space""";

	private final JdbcClient jdbc;

	Spaces(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		this.jdbc.sql("lock table community_space in exclusive mode").update();
		int added = 0;
		int position = 0;
		for (Starter starter : StarterFiles.read("classpath:community/spaces.yml", Starter.class)) {
			position += 10;
			added += this.jdbc.sql("""
					insert into community_space (slug, name, description, guidelines, audience, premoderated,
					  new_accounts_may_post, method_policy, posts_per_hour, new_account_posts_per_hour, position)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (slug) do nothing""")
				.params(starter.slug(), starter.name(), starter.description().strip(), starter.guidelines().strip(),
						AgeBand.valueOf(starter.audience().toUpperCase(Locale.ROOT)).name(), starter.premoderated(),
						starter.newAccountsMayPost(),
						Space.MethodPolicy.valueOf(starter.methodPolicy().toUpperCase(Locale.ROOT)).name(),
						POSTS_PER_HOUR, NEW_ACCOUNT_POSTS_PER_HOUR, position)
				.update();
		}
		if (added > 0) {
			log.info("Added {} starter community spaces", added);
		}
	}

	List<Space> all() {
		return this.jdbc.sql(SELECT + " order by position, id").query(Space.class).list();
	}

	Optional<Space> find(String slug) {
		return this.jdbc.sql(SELECT + " where slug = ?").param(slug).query(Space.class).optional();
	}

	Optional<Space> find(long id) {
		return this.jdbc.sql(SELECT + " where id = ?").param(id).query(Space.class).optional();
	}

}
