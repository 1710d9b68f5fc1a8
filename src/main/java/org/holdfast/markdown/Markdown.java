package org.holdfast.markdown;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import org.springframework.stereotype.Component;

/**
 * The one way text written by people becomes HTML. Markdown goes through commonmark with
 * raw HTML escaped and unsafe URLs removed, then through jsoup's allow-list: paragraphs,
 * emphasis, lists, quotes, code, headings with anchors, and links to http, https or this
 * site only, each with {@code rel} forced. No images, no raw HTML, no styles, no scripts.
 */
@Component
public class Markdown {

	private static final String BASE = "https://holdfast.invalid";

	private static final Safelist ARTICLE = Safelist.none()
		.addTags("p", "br", "em", "strong", "ul", "ol", "li", "blockquote", "code", "pre", "a", "h2", "h3", "h4", "hr")
		.addAttributes("a", "href")
		.addAttributes("h2", "id")
		.addAttributes("h3", "id")
		.addAttributes("h4", "id")
		.addProtocols("a", "href", "http", "https")
		.preserveRelativeLinks(true);

	/**
	 * What a community post may hold: no headings (a post is not a page), no images and
	 * no raw HTML, like everything else.
	 */
	private static final Safelist POST = Safelist.none()
		.addTags("p", "br", "em", "strong", "ul", "ol", "li", "blockquote", "code", "pre", "a")
		.addAttributes("a", "href")
		.addProtocols("a", "href", "http", "https")
		.preserveRelativeLinks(true);

	private final Parser parser = Parser.builder().extensions(List.of(HeadingAnchorExtension.create())).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.extensions(List.of(HeadingAnchorExtension.create()))
		.build();

	/**
	 * An article's body, rendered and sanitised, with its headings for a table of
	 * contents.
	 */
	public record Rendered(SafeHtml html, String text, List<Heading> headings) {
	}

	/** A heading with its anchor. */
	public record Heading(String id, String text, int level) {
	}

	public Rendered render(String markdown) {
		Document clean = clean(markdown, ARTICLE, "nofollow noopener noreferrer");
		List<Heading> headings = new ArrayList<>();
		for (Element heading : clean.select("h2[id], h3[id]")) {
			headings.add(new Heading(heading.id(), heading.text(), heading.tagName().equals("h2") ? 2 : 3));
		}
		clean.outputSettings().prettyPrint(false);
		return new Rendered(new SafeHtml(clean.body().html()), clean.body().text(), List.copyOf(headings));
	}

	/**
	 * A community post, rendered and sanitised: links leaving the site are marked as
	 * user-generated and carry no referrer.
	 */
	public SafeHtml renderPost(String markdown) {
		Document clean = clean(markdown, POST, "nofollow ugc noopener noreferrer");
		clean.outputSettings().prettyPrint(false);
		return new SafeHtml(clean.body().html());
	}

	private Document clean(String markdown, Safelist safelist, String rel) {
		String raw = this.renderer.render(this.parser.parse(markdown));
		Document dirty = Jsoup.parseBodyFragment(raw, BASE);
		Document clean = new Cleaner(safelist).clean(dirty);
		for (Element link : clean.select("a[href]")) {
			String href = link.attr("href").strip();
			Optional<URI> target = target(href);
			if (target.isEmpty()) {
				link.unwrap();
			}
			else if (isRelative(href)) {
				link.attr("href", href);
			}
			else if (isThisSite(target.get())) {
				link.attr("href",
						target.get().getRawPath()
								+ ((target.get().getRawQuery() != null) ? "?" + target.get().getRawQuery() : "")
								+ ((target.get().getRawFragment() != null) ? "#" + target.get().getRawFragment() : ""));
			}
			else {
				link.attr("href", target.get().toASCIIString());
				link.attr("rel", rel);
			}
		}
		return clean;
	}

	/**
	 * Where a link really goes, read the way a browser reads it, or empty for a target no
	 * one should be sent to. Browsers treat a backslash as a slash and skip tabs and line
	 * breaks, so {@code /\evil.example} and {@code /&#9;/evil.example} lead to another
	 * site while looking like paths here; such targets, and any with control characters,
	 * are refused (the words stay, without a link).
	 */
	static Optional<URI> target(String href) {
		String trimmed = href.strip();
		if (trimmed.isEmpty() || trimmed.chars().anyMatch((c) -> c == '\\' || c < 0x20 || c == 0x7f)) {
			return Optional.empty();
		}
		try {
			URI uri = URI.create(BASE + "/").resolve(trimmed).normalize();
			String scheme = uri.getScheme();
			if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
				return Optional.empty();
			}
			return Optional.of(uri);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A reference within the page or relative to it ({@code #notes}, {@code other-page}):
	 * no scheme and no host, so it can't leave the site.
	 */
	private static boolean isRelative(String href) {
		int colon = href.indexOf(':');
		int slash = href.indexOf('/');
		return !href.startsWith("/") && (colon < 0 || (slash >= 0 && slash < colon));
	}

	private static boolean isThisSite(URI target) {
		return "https".equals(target.getScheme()) && BASE.equals("https://" + target.getRawAuthority());
	}

}
