package org.holdfast.markdown;

import java.util.ArrayList;
import java.util.List;

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
			String href = link.attr("href");
			if (href.startsWith(BASE)) {
				link.attr("href", href.substring(BASE.length()));
			}
			if (href.startsWith("//") || href.startsWith("http:") || href.startsWith("https:")) {
				link.attr("rel", rel);
			}
		}
		return clean;
	}

}
