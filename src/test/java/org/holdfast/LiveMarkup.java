package org.holdfast;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored-XSS check every page that shows people's words must pass. */
public final class LiveMarkup {

	private LiveMarkup() {
	}

	/**
	 * No live markup from anyone's words: scripts only from {@code /js/}, no event
	 * handlers or styles, no embedded content, no script URLs; the only SVG is the
	 * journal's own chart.
	 */
	public static void assertNone(Document page, String as) {
		assertThat(page.select("img, iframe, frame, object, embed, math, base, video, audio, marquee, template, "
				+ "meta[http-equiv], link:not([rel=stylesheet]):not([rel=icon]), svg:not(.chart__svg), svg a, "
				+ "svg script, svg foreignObject"))
			.as(as)
			.isEmpty();
		for (Element script : page.select("script")) {
			assertThat(script.attr("src")).as(as).startsWith("/js/");
			assertThat(script.data()).as(as).isEmpty();
		}
		for (Element element : page.getAllElements()) {
			assertThat(element.attributes().asList()).as(as)
				.noneMatch((attribute) -> attribute.getKey().startsWith("on") || attribute.getKey().equals("style")
						|| attribute.getKey().equals("srcdoc"));
			for (String name : List.of("href", "src", "action", "formaction", "xlink:href")) {
				String value = element.attr(name).toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Cntrl}]", "");
				assertThat(value).as(as + " " + name)
					.doesNotStartWith("javascript:")
					.doesNotStartWith("data:")
					.doesNotStartWith("vbscript:");
			}
		}
	}

}
