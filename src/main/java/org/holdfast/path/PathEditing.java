package org.holdfast.path;

import java.time.Clock;

import org.holdfast.editorial.ContentEditing;
import org.holdfast.editorial.Editorial;
import org.holdfast.system.PublicPagesChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The path workflow ({@link ContentEditing}), the same as articles': a published revision
 * is written into the path by {@link PathPublisher}, steps matched by key, so everyone's
 * progress survives.
 */
@Service
class PathEditing extends ContentEditing<Path, PathDocument> {

	private final PathRepository paths;

	private final PathPublisher publisher;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PathEditing(PathRepository paths, PathPublisher publisher, Editorial editorial, Clock clock,
			ApplicationEventPublisher events) {
		super(PathDocument.KIND, "editor.path.slug.taken", editorial);
		this.paths = paths;
		this.publisher = publisher;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public boolean slugTaken(String slug, long except) {
		return this.paths.findBySlug(slug).filter((path) -> path.getId() != except).isPresent();
	}

	@Override
	protected Path lock(long id) {
		return this.paths.findForUpdate(id).orElseThrow(PathNotFoundException::new);
	}

	@Override
	protected PathDocument parse(String json) {
		return PathDocument.parse(json);
	}

	@Override
	protected Path build(PathDocument document) {
		Path path = new Path(document.slug(), this.clock.instant());
		this.publisher.apply(path, document);
		return path;
	}

	@Override
	protected Path store(Path path) {
		return this.paths.saveAndFlush(path);
	}

	@Override
	protected void publish(Path path, PathDocument document) {
		path.rename(document.slug());
		this.publisher.apply(path, document);
	}

	@Override
	protected RuntimeException missing(long id, int revision) {
		return new PathNotFoundException();
	}

	@Override
	protected void publicPagesChanged() {
		this.events.publishEvent(new PublicPagesChanged());
	}

}
