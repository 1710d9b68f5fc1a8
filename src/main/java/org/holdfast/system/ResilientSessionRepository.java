package org.holdfast.system;

import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Keeps sessions from taking the crisis pages down with the database. Sessions live in
 * PostgreSQL so that any number of app nodes can serve a visitor; while PostgreSQL is
 * unreachable a visitor's session is treated as absent (they look signed out) instead of
 * failing the request, so {@code /help}, the banner and the quick exit still answer.
 *
 * <p>After a failure, lookups skip the store for a few seconds, so a burst of visitors to
 * {@code /help} during an outage does not queue on connection time-outs. Saves are always
 * tried, so a session created just after the database returns is not lost. Operations that
 * only make sense with the database (finding a member's sessions) still fail loudly.
 */
final class ResilientSessionRepository<S extends Session> implements FindByIndexNameSessionRepository<S> {

	private static final Logger log = LoggerFactory.getLogger(ResilientSessionRepository.class);

	static final Duration BACK_OFF = Duration.ofSeconds(5);

	private final FindByIndexNameSessionRepository<S> delegate;

	private volatile long unavailableUntil = System.nanoTime();

	ResilientSessionRepository(FindByIndexNameSessionRepository<S> delegate) {
		this.delegate = delegate;
	}

	@Override
	public S createSession() {
		return this.delegate.createSession();
	}

	@Override
	public void save(S session) {
		try {
			this.delegate.save(session);
		}
		catch (DataAccessException ex) {
			failed("save", ex);
		}
	}

	@Override
	public @Nullable S findById(String id) {
		if (backingOff()) {
			return null;
		}
		try {
			return this.delegate.findById(id);
		}
		catch (DataAccessException ex) {
			failed("find", ex);
			return null;
		}
	}

	@Override
	public void deleteById(String id) {
		try {
			this.delegate.deleteById(id);
		}
		catch (DataAccessException ex) {
			failed("delete", ex);
		}
	}

	@Override
	public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.delegate.findByIndexNameAndIndexValue(indexName, indexValue);
	}

	private boolean backingOff() {
		return System.nanoTime() - this.unavailableUntil < 0;
	}

	private void failed(String operation, DataAccessException ex) {
		boolean first = !backingOff();
		this.unavailableUntil = System.nanoTime() + BACK_OFF.toNanos();
		if (first) {
			log.warn("Session store unavailable ({} failed: {}); serving visitors without sessions for {} s", operation,
					ex.getMostSpecificCause().getClass().getSimpleName(), BACK_OFF.toSeconds());
		}
	}

}
