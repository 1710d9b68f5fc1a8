package org.holdfast.account;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client address that the per-address limits count, when it can tell one client from
 * another. Behind a proxy whose forwarded headers Holdfast was not told to trust
 * ({@code SERVER_FORWARD_HEADERS_STRATEGY=native}), every request comes from the proxy's
 * address, and limiting that one address would shut every member out because of one
 * stranger. So a request that still carries a forwarded header has no usable address: the
 * per-address limits step aside, and the per-username back-off still protects each
 * account. The address is used in memory only, never stored or logged.
 */
final class ClientAddress {

	private static final Logger log = LoggerFactory.getLogger(ClientAddress.class);

	private static final AtomicBoolean warned = new AtomicBoolean();

	private ClientAddress() {
	}

	static Optional<String> of(HttpServletRequest request) {
		if (request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null) {
			if (warned.compareAndSet(false, true)) {
				log.warn("Requests arrive through a proxy whose forwarded headers are not trusted, so limits per "
						+ "client address are off. Set SERVER_FORWARD_HEADERS_STRATEGY=native (see the README).");
			}
			return Optional.empty();
		}
		return Optional.of(request.getRemoteAddr());
	}

}
