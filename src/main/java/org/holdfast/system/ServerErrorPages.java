package org.holdfast.system;

import java.io.IOException;
import java.io.Writer;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import org.apache.catalina.Context;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.holdfast.crisis.SafetyBanner;
import org.holdfast.crisis.SafetyBanners;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Error pages for the few requests Tomcat rejects before the application sees them, such
 * as an address with broken percent-encoding. Tomcat would answer those with its own
 * page: no banner, no security headers. This replaces Tomcat's error report valve with
 * one that renders the same {@code error/4xx} and {@code error/5xx} templates, with the
 * visitor's banner and the same headers as every other page.
 */
@Component
class ServerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private static final Logger log = LoggerFactory.getLogger(ServerErrorPages.class);

	private final ObjectProvider<ITemplateEngine> templates;

	private final ObjectProvider<SafetyBanners> banners;

	ServerErrorPages(ObjectProvider<ITemplateEngine> templates, ObjectProvider<SafetyBanners> banners) {
		this.templates = templates;
		this.banners = banners;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			var pipeline = context.getParent().getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve) {
					pipeline.removeValve(valve);
				}
			}
			pipeline.addValve(new SafetyErrorReportValve(context));
			if (context.getParent() instanceof StandardHost host) {
				// Otherwise the host adds a plain ErrorReportValve of its own when it
				// starts.
				host.setErrorReportValveClass(SafetyErrorReportValve.class.getName());
			}
		});
	}

	/** After Spring Boot's own customizer, which adds a plain error report valve. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	private final class SafetyErrorReportValve extends ErrorReportValve {

		/** The application; a request Tomcat rejected early has none of its own. */
		private final Context context;

		SafetyErrorReportValve(Context context) {
			this.context = context;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			ITemplateEngine engine = ServerErrorPages.this.templates.getIfAvailable();
			SafetyBanners safety = ServerErrorPages.this.banners.getIfAvailable();
			if (engine == null || safety == null) {
				return;
			}
			try {
				HttpServletResponse servletResponse = new DetachedResponse(response.getResponse());
				HttpServletRequest servletRequest = new DetachedRequest(request.getRequest(),
						this.context.getServletContext());
				SafetyBanner banner = safety.forRequest(servletRequest);
				servletResponse.setContentType("text/html;charset=UTF-8");
				servletResponse.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				SecurityConfiguration.HEADERS.forEach(servletResponse::setHeader);
				var exchange = JakartaServletWebApplication.buildApplication(this.context.getServletContext())
					.buildExchange(servletRequest, servletResponse);
				WebContext page = new WebContext(exchange, Locale.ENGLISH,
						Map.of("status", status, SafetyBanner.ATTRIBUTE, banner));
				Writer writer = servletResponse.getWriter();
				engine.process((status >= 500) ? "error/5xx" : "error/4xx", page, writer);
				writer.flush();
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Could not render the error page for status {}", status, ex);
			}
		}

	}

	/**
	 * A request Tomcat rejected before choosing the application: it has no context, so no
	 * session, and its attributes are kept here (Tomcat's own would notify listeners of a
	 * context it does not have).
	 */
	private static final class DetachedRequest extends HttpServletRequestWrapper {

		private final ServletContext servletContext;

		private final Map<String, Object> attributes = new HashMap<>();

		DetachedRequest(HttpServletRequest request, ServletContext servletContext) {
			super(request);
			this.servletContext = servletContext;
		}

		@Override
		public @Nullable Object getAttribute(String name) {
			return this.attributes.get(name);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			return Collections.enumeration(this.attributes.keySet());
		}

		@Override
		public void setAttribute(String name, @Nullable Object value) {
			if (value == null) {
				this.attributes.remove(name);
			}
			else {
				this.attributes.put(name, value);
			}
		}

		@Override
		public void removeAttribute(String name) {
			this.attributes.remove(name);
		}

		@Override
		public ServletContext getServletContext() {
			return this.servletContext;
		}

		@Override
		public @Nullable HttpSession getSession(boolean create) {
			return null;
		}

		@Override
		public @Nullable HttpSession getSession() {
			return null;
		}

	}

	/** The response to a {@link DetachedRequest}: without a context, no URL rewriting. */
	private static final class DetachedResponse extends HttpServletResponseWrapper {

		DetachedResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public String encodeURL(String url) {
			return url;
		}

		@Override
		public String encodeRedirectURL(String url) {
			return url;
		}

	}

}
