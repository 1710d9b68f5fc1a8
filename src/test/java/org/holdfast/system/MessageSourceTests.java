package org.holdfast.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a visitor reads comes from {@code messages.properties}, so wording is
 * reviewed in one place and pages can be translated: a template with literal text fails
 * here, and so does a message key that does not exist (Thymeleaf would show
 * {@code ??key_en??}).
 */
class MessageSourceTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * Attributes that replace an element's content or remove it, making literal content
	 * moot.
	 */
	private static final Set<String> CONTENT_REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert");

	/** Attributes whose values people read or hear. */
	private static final Set<String> READABLE_ATTRIBUTES = Set.of("alt", "title", "aria-label", "placeholder",
			"aria-description", "label", "value");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-z0-9.-]+)[}(]");

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template, StandardCharsets.UTF_8));
			for (Element element : document.getAllElements()) {
				if (replacesContent(element)) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (LETTER.matcher(text.text()).find()) {
						literals.add(template.getFileName() + ": \"" + text.text().strip() + "\"");
					}
				}
				for (String attribute : READABLE_ATTRIBUTES) {
					if (element.hasAttr(attribute) && LETTER.matcher(element.attr(attribute)).find()
							&& !(attribute.equals("value")
									&& !element.is("input[type=submit], input[type=button], button"))) {
						literals
							.add(template.getFileName() + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
					}
				}
			}
		}
		assertThat(literals).as("literal text in templates (use th:text with a message key)").isEmpty();
	}

	@Test
	void everyMessageKeyUsedInATemplateExists() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
			messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
			while (matcher.find()) {
				if (!messages.containsKey(matcher.group(1))) {
					missing.add(template.getFileName() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
		for (String status : List.of("404", "403", "4xx", "5xx")) {
			assertThat(messages).containsKeys("error." + status + ".title", "error." + status + ".body");
		}
	}

	@Test
	void onlyTheSanitisedFragmentWritesUnescapedHtml() throws IOException {
		List<String> unescaped = new ArrayList<>();
		for (Path template : templates()) {
			String text = Files.readString(template);
			if (text.contains("th:utext") || text.contains("data-th-utext") || text.contains("[(")) {
				unescaped.add(TEMPLATES.relativize(template).toString());
			}
		}
		assertThat(unescaped).containsExactly("fragments/rich-text.html");
		assertThat(Files.readString(TEMPLATES.resolve("fragments/rich-text.html")))
			.containsOnlyOnce("th:utext=\"${content.html}\"");
	}

	@Test
	void theCheckCatchesLiteralText() {
		Document document = Jsoup.parse("<main><h1 th:text=\"#{a}\">ok</h1><p>Hello there</p></main>");
		Element paragraph = document.selectFirst("p");
		assertThat(replacesContent(paragraph)).isFalse();
		assertThat(replacesContent(document.selectFirst("h1"))).isTrue();
	}

	private static boolean replacesContent(Element element) {
		for (Element candidate = element; candidate != null; candidate = candidate.parent()) {
			for (String attribute : CONTENT_REPLACING) {
				if (candidate.hasAttr(attribute)) {
					return true;
				}
			}
			if (candidate.hasAttr("th:remove") && candidate.attr("th:remove").equals("all")) {
				return true;
			}
		}
		return false;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> templates = files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
			assertThat(templates).isNotEmpty();
			return templates;
		}
	}

}
