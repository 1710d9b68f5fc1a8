package org.holdfast.editorial;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads one kind of starter content that ships with Holdfast at start-up, written once
 * for articles, paths and coping activities. Each document is matched by its address:
 * <ul>
 * <li>missing, and no content of this kind ever had that address: it is added and
 * published;</li>
 * <li>there, and no editor has ever touched it: it is brought up to date with the file,
 * so a correction in a new release reaches running sites
 * ({@link ContentEditing#updateStarter});</li>
 * <li>anything else (changed, archived or renamed by an editor): left exactly as the
 * editor left it.</li>
 * </ul>
 * Nodes starting together take turns (an advisory lock held for the transaction).
 *
 * @param <C> the content
 * @param <D> its document
 */
public abstract class StarterImport<C extends Edited, D extends EditorDocument> implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StarterImport.class);

	private final String kind;

	private final long lock;

	private final ContentEditing<C, D> editing;

	private final Editorial editorial;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	/**
	 * @param kind the kind of content, as revisions record it
	 * @param lock the advisory lock's number, one per kind
	 */
	protected StarterImport(String kind, long lock, ContentEditing<C, D> editing, Editorial editorial,
			JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.kind = kind;
		this.lock = lock;
		this.editing = editing;
		this.editorial = editorial;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** The starter documents, as the files hold them. */
	protected abstract List<D> shipped();

	/** The content at this address now, if any. */
	protected abstract Optional<C> find(String slug);

	/**
	 * Whether content of this kind answered to this address once, beyond what its
	 * revisions record. Nothing by default.
	 */
	protected boolean formerlyAt(String slug) {
		return false;
	}

	/** Adds what the documents refer to, before they are loaded. Nothing by default. */
	protected void prepare() {
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transactions.execute((status) -> load());
	}

	/**
	 * Adds the starter content that is missing and updates what no editor touched;
	 * returns how many were added. Call in a transaction.
	 */
	public int load() {
		this.jdbc.queryForList("select pg_advisory_xact_lock(?)", this.lock);
		prepare();
		int added = 0;
		int updated = 0;
		for (D document : shipped()) {
			Optional<C> found = find(document.slug());
			if (found.isPresent()) {
				updated += this.editing.updateStarter(found.get(), document) ? 1 : 0;
			}
			else if (!formerlyAt(document.slug()) && !this.editorial.everAddressed(this.kind, document.slug())) {
				this.editing.importStarter(document);
				added++;
			}
		}
		if (added + updated > 0) {
			this.editing.publicPagesChanged();
			log.info("Starter {} content: {} added, {} brought up to date", this.kind, added, updated);
		}
		return added;
	}

}
