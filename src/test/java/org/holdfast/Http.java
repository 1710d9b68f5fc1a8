package org.holdfast;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A small HTTP client for tests against the running application: no redirects followed,
 * no cookies kept unless given, and a read time-out so that a hanging page fails the test
 * instead of hanging the build.
 */
public final class Http {

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private final Duration timeout;

	public Http(int port) {
		this(port, Duration.ofSeconds(30));
	}

	public Http(int port, Duration timeout) {
		this.base = "http://localhost:" + port;
		this.timeout = timeout;
	}

	/**
	 * Sends a request line exactly as given, for addresses {@link java.net.URI} refuses
	 * (such as broken percent-encoding) but a browser may still send. HTTP/1.0, so the
	 * answer is not chunked.
	 * @return the status code and the body
	 */
	public RawResponse raw(String method, String target, String... headers) {
		int port = URI.create(this.base).getPort();
		try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
			socket.setSoTimeout((int) this.timeout.toMillis());
			StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.0\r\nHost: localhost\r\n");
			for (String header : headers) {
				request.append(header).append("\r\n");
			}
			request.append("\r\n");
			socket.getOutputStream().write(request.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			int split = answer.indexOf("\r\n\r\n");
			String head = answer.substring(0, split);
			int status = Integer.parseInt(head.split(" ")[1]);
			return new RawResponse(status, head, answer.substring(split + 4));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A response to {@link #raw}: status, the header block as text, and the body. */
	public record RawResponse(int status, String head, String body) {
	}

	public Request get(String path) {
		return new Request("GET", path);
	}

	public Request post(String path, String form) {
		return new Request("POST", path).body(form);
	}

	/** One request, built up with headers; {@link #send()} sends it. */
	public final class Request {

		private final String method;

		private final String path;

		private final List<String> headers = new ArrayList<>();

		private String accept = "text/html";

		private String body;

		Request(String method, String path) {
			this.method = method;
			this.path = path;
		}

		public Request header(String name, String value) {
			this.headers.add(name);
			this.headers.add(value);
			return this;
		}

		public Request accept(String accept) {
			this.accept = accept;
			return this;
		}

		public Request language(String acceptLanguage) {
			return header("Accept-Language", acceptLanguage);
		}

		public Request cookie(String cookie) {
			return header("Cookie", cookie);
		}

		Request body(String form) {
			this.body = form;
			return header("Content-Type", "application/x-www-form-urlencoded");
		}

		public HttpResponse<String> send() {
			return send(HttpResponse.BodyHandlers.ofString());
		}

		public HttpResponse<byte[]> sendForBytes() {
			return send(HttpResponse.BodyHandlers.ofByteArray());
		}

		private <T> HttpResponse<T> send(HttpResponse.BodyHandler<T> handler) {
			HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(Http.this.base + this.path))
				.timeout(Http.this.timeout)
				.header("Accept", this.accept)
				.method(this.method, (this.body != null) ? HttpRequest.BodyPublishers.ofString(this.body)
						: HttpRequest.BodyPublishers.noBody());
			if (!this.headers.isEmpty()) {
				builder.headers(this.headers.toArray(String[]::new));
			}
			try {
				return CLIENT.send(builder.build(), handler);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(this.method + " " + this.path, ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		/** Sends the request and parses the HTML answer. */
		public Document page() {
			HttpResponse<String> response = send();
			return Jsoup.parse(response.body(), Http.this.base + this.path);
		}

	}

}
