package org.holdfast.system;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Content-hashed addresses for our CSS and scripts, for templates:
 * {@code th:href="${#assets.url('/css/holdfast.css')}"} gives
 * {@code /css/holdfast-<md5>.css}.
 *
 * <p>
 * Each address is worked out once and remembered. Spring's own URL-rewriting filter would
 * instead resolve class-path resources for every link on every request, which costs more
 * than rendering the page.
 */
public class Assets {

	private final ResourceUrlProvider resources;

	private final Map<String, String> urls = new ConcurrentHashMap<>();

	Assets(ResourceUrlProvider resources) {
		this.resources = resources;
	}

	public String url(String path) {
		String cached = this.urls.get(path);
		if (cached != null) {
			return cached;
		}
		String versioned = this.resources.getForLookupPath(path);
		if (versioned == null) {
			throw new IllegalArgumentException("No static asset at " + path);
		}
		this.urls.put(path, versioned);
		return versioned;
	}

	/**
	 * Makes {@link Assets} available to templates as the expression object
	 * {@code #assets}. (Thymeleaf 3.1 does not allow {@code @bean} references in
	 * {@code th:href} or {@code th:src}.)
	 */
	static class Dialect extends AbstractDialect implements IExpressionObjectDialect {

		private final Assets assets;

		Dialect(Assets assets) {
			super("holdfast-assets");
			this.assets = assets;
		}

		@Override
		public IExpressionObjectFactory getExpressionObjectFactory() {
			return new IExpressionObjectFactory() {

				@Override
				public Set<String> getAllExpressionObjectNames() {
					return Set.of("assets");
				}

				@Override
				public Object buildObject(IExpressionContext context, String expressionObjectName) {
					return Dialect.this.assets;
				}

				@Override
				public boolean isCacheable(String expressionObjectName) {
					return true;
				}

			};
		}

	}

}
