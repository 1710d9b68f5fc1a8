package org.holdfast.markdown;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Markdown pipeline against stored-XSS payloads (after the OWASP filter-evasion cheat
 * sheet and similar lists) and for what editors rely on: headings with anchors, safe
 * links, raw HTML shown as text.
 */
public class MarkdownTests {

	private final Markdown markdown = new Markdown();

	public static final List<String> XSS = List.of("<script>alert(1)</script>",
			"<SCRIPT SRC=//xss.example/x.js></SCRIPT>", "<img src=x onerror=alert(1)>",
			"<IMG SRC=\"javascript:alert('XSS');\">", "<IMG SRC=javascript:alert('XSS')>",
			"<IMG SRC=`javascript:alert(\"XSS\")`>", "<img src=\"jav\tascript:alert('XSS');\">",
			"<img src=\"jav&#x0A;ascript:alert('XSS');\">", "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
			"<svg/onload=alert(1)>", "<svg><script>alert(1)</script></svg>", "<body onload=alert(1)>",
			"<iframe src=\"javascript:alert(1)\"></iframe>", "<iframe srcdoc=\"<script>alert(1)</script>\">",
			"<object data=\"javascript:alert(1)\">", "<embed src=\"javascript:alert(1)\">",
			"<a href=\"javascript:alert(1)\">x</a>", "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
			"<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
			"[x](javascript:alert(1))", "[x](JAVASCRIPT:alert(1))", "[x](javascript&colon;alert(1))",
			"[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "[x](vbscript:msgbox(1))",
			"[x](  javascript:alert(1))", "![x](javascript:alert(1))", "![x](https://evil.example/x.png)",
			"![x](x \"onerror=alert(1)\")", "[x](https://example.org \"onmouseover=alert(1)\")",
			"<div style=\"background:url(javascript:alert(1))\">x</div>",
			"<style>@import 'https://evil.example/x.css';</style>",
			"<link rel=stylesheet href=https://evil.example/x.css>",
			"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
			"<base href=\"javascript:alert(1)//\">", "<form action=\"javascript:alert(1)\"><button>x</button></form>",
			"<input onfocus=alert(1) autofocus>", "<details open ontoggle=alert(1)>", "<marquee onstart=alert(1)>",
			"<video><source onerror=alert(1)></video>", "<audio src=x onerror=alert(1)>",
			"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
			"<table background=\"javascript:alert(1)\">", "<div onmouseover=\"alert(1)\">hover</div>",
			"\"><script>alert(1)</script>", "'><img src=x onerror=alert(1)>",
			"<scr<script>ipt>alert(1)</scr</script>ipt>", "<<SCRIPT>alert(\"XSS\");//<</SCRIPT>",
			"<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">", "<a href=\"#\" onclick=\"alert(1)\">x</a>",
			"<x onclick=alert(1)>click", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
			"<template><script>alert(1)</script></template>", "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
			"`<script>alert(1)</script>`", "    <script>alert(1)</script>",
			"<https://evil.example/\"onmouseover=\"alert(1)>", "[x]: javascript:alert(1)\n\n[click][x]",
			"<a href=\"http://evil.example\" target=\"_blank\">x</a>");

	@Test
	void noPayloadSurvivesAsLiveMarkup() {
		assertThat(XSS).hasSizeGreaterThanOrEqualTo(50);
		for (String payload : XSS) {
			for (String markdown : List.of(payload, "Some text " + payload + " more text", "## " + payload,
					"- " + payload, "> " + payload)) {
				Document page = Jsoup.parseBodyFragment(this.markdown.render(markdown).html().html());
				assertNoLiveMarkup(page, markdown);
			}
		}
	}

	public static void assertNoLiveMarkup(Document page, String as) {
		assertThat(page.select("script, style, img, svg, iframe, object, embed, form, input, button, meta, link, base, "
				+ "video, audio, source, math, table, details, marquee, template, noscript, div, x"))
			.as(as)
			.isEmpty();
		for (Element element : page.getAllElements()) {
			assertThat(element.attributes().asList()).as(as)
				.noneMatch((attribute) -> attribute.getKey().startsWith("on") || attribute.getKey().equals("style")
						|| attribute.getKey().equals("src") || attribute.getKey().equals("srcdoc"));
		}
		for (Element link : page.select("a[href]")) {
			String href = link.attr("href").toLowerCase().replaceAll("\\s", "");
			assertThat(href).as(as)
				.doesNotStartWith("javascript")
				.doesNotStartWith("data")
				.doesNotStartWith("vbscript");
			if (href.startsWith("http") || href.startsWith("//")) {
				assertThat(link.attr("rel")).as(as).contains("nofollow", "noopener", "noreferrer");
			}
			assertThat(link.hasAttr("target")).as(as).isFalse();
		}
	}

	@Test
	void rawHtmlIsShownAsTextNotDropped() {
		Document page = Jsoup.parseBodyFragment(this.markdown.render("Use <b>bold</b> here").html().html());
		assertThat(page.text()).contains("Use <b>bold</b> here");
		assertThat(page.select("b")).isEmpty();
	}

	@Test
	void headingsGetAnchorsAndFormTheContents() {
		Markdown.Rendered rendered = this.markdown
			.render("Intro\n\n## Why people do it\n\ntext\n\n### Detail\n\n## Where to start\n");
		assertThat(rendered.headings()).extracting(Markdown.Heading::id, Markdown.Heading::level)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("why-people-do-it", 2),
					org.assertj.core.groups.Tuple.tuple("detail", 3),
					org.assertj.core.groups.Tuple.tuple("where-to-start", 2));
		assertThat(rendered.html().html()).contains("<h2 id=\"why-people-do-it\">");
		assertThat(rendered.text()).startsWith("Intro");
	}

	@Test
	void linksToThisSiteStayRelativeAndOthersGetRel() {
		Document page = Jsoup.parseBodyFragment(
				this.markdown.render("[help](/help) and [a source](https://www.nhs.uk/) and [section](#why)")
					.html()
					.html());
		assertThat(page.select("a").eachAttr("href")).containsExactly("/help", "https://www.nhs.uk/", "#why");
		assertThat(page.select("a[href=/help]").attr("rel")).isEmpty();
		assertThat(page.select("a[href^=https]").attr("rel")).isEqualTo("nofollow noopener noreferrer");
	}

	@Test
	void communityPostsHaveNoImagesOrHeadingsAndTheirLinksAreMarkedAsUserGenerated() {
		String html = this.markdown
			.renderPost("## Big heading\n\n![scar](https://example.org/a.png) See [this](https://example.org/x) "
					+ "and [help](/help).\n\n<img src=x onerror=alert(1)>")
			.html();
		Document page = Jsoup.parseBodyFragment(html);
		assertThat(page.select("img, h1, h2, h3, h4")).isEmpty();
		assertThat(page.text()).contains("Big heading");
		assertThat(page.select("a[href^=https]").attr("rel")).isEqualTo("nofollow ugc noopener noreferrer");
		assertThat(page.select("a[href=/help]").attr("rel")).isEmpty();
		assertThat(page.select("[onerror]")).isEmpty();
		assertThat(page.text()).contains("<img src=x onerror=alert(1)>");
		for (String payload : XSS) {
			Document rendered = Jsoup.parseBodyFragment(this.markdown.renderPost(payload).html());
			assertThat(rendered.select("script, img, iframe, svg, object, embed, style, [style], [onerror], [onload]"))
				.as(payload)
				.isEmpty();
		}
	}

	/**
	 * Browsers treat a backslash as a slash and skip tabs and line breaks: a link that
	 * looks like a path here may lead to another site. Such links lose their target; real
	 * links to other sites are marked, links on this site are kept as paths.
	 */
	@Test
	void aLinkIsJudgedWhereABrowserWouldSendIt() {
		Markdown markdown = new Markdown();
		for (String sneaky : List.of("/\\evil.example/coping", "\\\\evil.example", "/&#9;/evil.example",
				"/\t/evil.example")) {
			Document post = Jsoup.parseBodyFragment(markdown.renderPost("[help](" + sneaky + ")").html());
			for (Element link : post.select("a[href]")) {
				assertThat(link.attr("rel")).as(sneaky).contains("nofollow");
			}
			assertThat(post.select("a[href*=evil]").stream().filter((a) -> !a.hasAttr("rel"))).as(sneaky).isEmpty();
		}
		Document mixed = Jsoup.parseBodyFragment(markdown
			.renderPost("[out](//evil.example/x) [in](/toolbox) [near](#notes) [site](https://holdfast.invalid/help)")
			.html());
		assertThat(mixed.select("a").eachAttr("href")).containsExactly("https://evil.example/x", "/toolbox", "#notes",
				"/help");
		assertThat(mixed.select("a[rel]").eachAttr("href")).containsExactly("https://evil.example/x");
	}

}
