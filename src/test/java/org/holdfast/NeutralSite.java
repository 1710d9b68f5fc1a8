package org.holdfast;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for the neutral website the quick exit goes to (a weather forecast in
 * production), on another origin ({@code 127.0.0.1} rather than {@code localhost}), so
 * browser tests never leave the machine.
 */
public final class NeutralSite implements AutoCloseable {

	private final HttpServer server;

	public NeutralSite() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", (exchange) -> {
			String path = exchange.getRequestURI().getPath();
			byte[] body = ("<!DOCTYPE html><html lang=\"en\"><head><title>" + path + "</title></head><body><h1>" + path
					+ "</h1></body></html>")
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
	}

	public String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
