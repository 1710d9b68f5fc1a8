package org.holdfast.community;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
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

	/**
	 * How long the spaces read from the database are reused. Settings change rarely;
	 * every page of the community needs them, and this keeps them off each request. A
	 * change on this node is seen at once ({@link #changed()}), on other nodes within
	 * this time.
	 */
	static final Duration REUSE = Duration.ofSeconds(10);

	private record Snapshot(List<Space> spaces, Instant readAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile @Nullable Snapshot snapshot;

	Spaces(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
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
		changed();
	}

	List<Space> all() {
		Instant now = this.clock.instant();
		Snapshot current = this.snapshot;
		if (current == null || current.readAt().plus(REUSE).isBefore(now) || current.readAt().isAfter(now)) {
			current = new Snapshot(this.jdbc.sql(SELECT + " order by position, id").query(Space.class).list(), now);
			this.snapshot = current;
		}
		return current.spaces();
	}

	/** Forgets the spaces read, after a change on this node. */
	void changed() {
		this.snapshot = null;
	}

	Optional<Space> find(String slug) {
		return find((space) -> space.slug().equals(slug));
	}

	Optional<Space> find(long id) {
		return find((space) -> space.id() == id);
	}

	/**
	 * A space from those read, or read again once if it is not among them (a new one).
	 */
	private Optional<Space> find(java.util.function.Predicate<Space> test) {
		Optional<Space> found = all().stream().filter(test).findFirst();
		if (found.isEmpty()) {
			changed();
			found = all().stream().filter(test).findFirst();
		}
		return found;
	}

}
