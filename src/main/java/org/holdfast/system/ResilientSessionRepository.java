package org.holdfast.system;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.transaction.TransactionException;

/**
 * Keeps sessions from taking the crisis pages down with the database. Sessions live in
 * PostgreSQL so that any number of app nodes can serve a visitor; while PostgreSQL is
 * unreachable a visitor's session is treated as absent (they look signed out) instead of
 * failing the request, so {@code /help}, the banner and the quick exit still answer.
 * {@link FailFastDataSource} makes those failed lookups quick.
 *
 * <p>
 * Operations that only make sense with the database (finding a member's sessions) still
 * fail loudly.
 */
final class ResilientSessionRepository<S extends Session> implements FindByIndexNameSessionRepository<S> {

	private static final Logger log = LoggerFactory.getLogger(ResilientSessionRepository.class);

	private final FindByIndexNameSessionRepository<S> delegate;

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
		catch (DataAccessException | TransactionException ex) {
			unavailable("save", ex);
		}
	}

	@Override
	public @Nullable S findById(String id) {
		try {
			return this.delegate.findById(id);
		}
		catch (DataAccessException | TransactionException ex) {
			unavailable("find", ex);
			return null;
		}
	}

	@Override
	public void deleteById(String id) {
		try {
			this.delegate.deleteById(id);
		}
		catch (DataAccessException | TransactionException ex) {
			// Ending a session matters (the quick exit, signing out): say so when it
			// could not be.
			log.warn("Could not end a session on the server while the database is unavailable; "
					+ "the browser was still told to forget it");
		}
	}

	@Override
	public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.delegate.findByIndexNameAndIndexValue(indexName, indexValue);
	}

	private static void unavailable(String operation, RuntimeException ex) {
		log.debug("Session store unavailable; could not {} a session: {}", operation, ex.getMessage());
	}

}
