package org.holdfast;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One visitor's browser for integration tests, without JavaScript: it keeps its cookies,
 * follows redirects like a browser does (a POST answered with a redirect becomes a GET),
 * and fills in and submits the forms on a page, CSRF token included, the way a person
 * would. Two instances are two devices.
 */
public final class WebSession {

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client;

	private String language = "en-GB";

	private String lastCsrf = "";

	private final Map<String, String> headers = new LinkedHashMap<>();

	public WebSession(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(this.cookies)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	public WebSession language(String acceptLanguage) {
		this.language = acceptLanguage;
		return this;
	}

	/** Sends this header with every request from now on (as a proxy in front would). */
	public WebSession header(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	/** A page as the browser ended up with it, and the redirects on the way. */
	public record Page(int status, URI uri, HttpHeaders headers, String body, List<String> redirects,
			List<HttpHeaders> redirectHeaders) {

		public Document document() {
			return Jsoup.parse(this.body, this.uri.toString());
		}

		public String path() {
			return this.uri.getPath() + ((this.uri.getQuery() != null) ? "?" + this.uri.getQuery() : "");
		}

		/** The text of the error summary, or an empty string if there is none. */
		public String errors() {
			Element summary = document().selectFirst(".error-summary");
			return (summary != null) ? summary.text() : "";
		}

		/**
		 * Every header value with this name, on the final page and the redirects before
		 * it.
		 */
		public List<String> allHeaders(String name) {
			List<String> values = new ArrayList<>();
			this.redirectHeaders.forEach((headers) -> values.addAll(headers.allValues(name)));
			values.addAll(this.headers.allValues(name));
			return values;
		}

	}

	public Page get(String path) {
		return send(request(path).GET(), new ArrayList<>(), new ArrayList<>());
	}

	/** The raw answer to a GET, redirects not followed. */
	public HttpResponse<String> getRaw(String path) {
		return exchange(request(path).GET().build());
	}

	/**
	 * Fills in the first form on the page that matches the selector and submits it: its
	 * hidden fields, checked boxes and default values, overridden by {@code fields}.
	 */
	public Page submit(Page page, String formSelector, Map<String, String> fields) {
		Element form = page.document().selectFirst(formSelector);
		if (form == null) {
			throw new AssertionError("No form " + formSelector + " on " + page.uri());
		}
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (Element input : form.select("input[name], select[name], textarea[name]")) {
			String type = input.attr("type");
			if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
				continue;
			}
			String value;
			if (input.tagName().equals("select")) {
				Element selected = input.selectFirst("option[selected]");
				value = (selected != null) ? selected.attr("value") : "";
			}
			else if (input.tagName().equals("textarea")) {
				// As a browser sends it: every line kept, less the one line break after
				// the tag
				value = input.wholeText().replaceFirst("^\\r?\\n", "");
			}
			else {
				value = input.val();
			}
			values.computeIfAbsent(input.attr("name"), (name) -> new ArrayList<>()).add(value);
		}
		fields.forEach((name, value) -> values.put(name, List.of(value)));
		if (!values.containsKey("_csrf") && this.lastCsrf != null) {
			values.put("_csrf", List.of(this.lastCsrf));
		}
		String action = form.hasAttr("action") ? form.attr("action") : page.path();
		List<Map.Entry<String, String>> pairs = new ArrayList<>();
		values.forEach((name, list) -> list.forEach((value) -> pairs.add(Map.entry(name, value))));
		return send(action, pairs);
	}

	/** Posts form fields with the CSRF token of the last page that had one. */
	public Page post(String path, Map<String, String> fields) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("_csrf", this.lastCsrf);
		values.putAll(fields);
		return postExactly(path, values);
	}

	/** Posts exactly these fields: no CSRF token unless given. */
	public Page postExactly(String path, Map<String, String> fields) {
		return send(path, List.copyOf(fields.entrySet()));
	}

	/**
	 * Posts these name and value pairs, in order; a name may repeat, as with checkboxes.
	 */
	public Page send(String path, List<Map.Entry<String, String>> fields) {
		String body = fields.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)), new ArrayList<>(), new ArrayList<>());
	}

	/**
	 * Posts form fields with the last CSRF token and returns the response as it came (a
	 * download, say), without following redirects or reading it as a page.
	 */
	public HttpResponse<String> sendRaw(String path, Map<String, String> fields) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("_csrf", this.lastCsrf);
		values.putAll(fields);
		String body = values.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return exchange(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	public Optional<String> cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	public void forgetCookies() {
		this.cookies.getCookieStore().removeAll();
	}

	/** Forgets one cookie, as closing the browser forgets a session cookie. */
	public void forgetCookie(String name) {
		new ArrayList<>(this.cookies.getCookieStore().getCookies()).stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.forEach((cookie) -> this.cookies.getCookieStore().remove(null, cookie));
	}

	private HttpRequest.Builder request(String path) {
		URI uri = path.startsWith("http") ? URI.create(path) : URI.create(this.base + path);
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/html")
			.header("Accept-Language", this.language);
		this.headers.forEach(builder::header);
		return builder;
	}

	private Page send(HttpRequest.Builder builder, List<String> redirects, List<HttpHeaders> redirectHeaders) {
		HttpResponse<String> response = exchange(builder.build());
		if (response.statusCode() / 100 == 3 && redirects.size() < 10) {
			String location = response.headers().firstValue("Location").orElseThrow();
			URI next = response.uri().resolve(location);
			redirects.add(next.toString());
			redirectHeaders.add(response.headers());
			if (!next.getHost().equals("localhost")) {
				return new Page(response.statusCode(), next, response.headers(), "", redirects, redirectHeaders);
			}
			return send(request(next.toString()).GET(), redirects, redirectHeaders);
		}
		Element csrf = Jsoup.parse(response.body()).selectFirst("input[name=_csrf]");
		if (csrf != null) {
			this.lastCsrf = csrf.val();
		}
		return new Page(response.statusCode(), response.uri(), response.headers(), response.body(), redirects,
				redirectHeaders);
	}

	private HttpResponse<String> exchange(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(request.method() + " " + request.uri(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
