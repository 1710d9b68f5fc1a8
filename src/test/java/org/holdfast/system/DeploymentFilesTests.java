package org.holdfast.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Docker Compose deployment runs behind its TLS proxy correctly by default: the app
 * trusts the proxy's forwarded headers (so per-address limits count visitors, cookies are
 * Secure and HSTS is sent) and is reachable only through it.
 */
class DeploymentFilesTests {

	@Test
	void composeRunsTheAppBehindItsProxyAndTrustsIt() throws IOException {
		JsonNode services = YAMLMapper.builder()
			.build()
			.readTree(Files.readString(Path.of("docker-compose.yml")))
			.get("services");
		assertThat(services.has("proxy")).isTrue();
		assertThat(services.get("proxy").get("image").asString()).startsWith("caddy:");
		JsonNode app = services.get("app");
		assertThat(app.get("environment").get("SERVER_FORWARD_HEADERS_STRATEGY").asString()).isEqualTo("native");
		assertThat(app.has("ports")).as("the app is not published: only the proxy reaches it").isFalse();
		assertThat(Files.readString(Path.of("deploy/Caddyfile"))).contains("reverse_proxy app:8080");
	}

}
