package org.holdfast.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.holdfast.IntegrationTest;
import org.holdfast.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Privacy target P4: whatever happens to an account, the log never holds a password, a
 * recovery code or a session id, even with our own code and Spring's security, session
 * and web layers logging at DEBUG.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogSecrecyTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AddressThrottle addresses;

	private static final List<String> VERBOSE = List.of("org.holdfast", "org.springframework.security",
			"org.springframework.session", "org.springframework.web");

	@BeforeEach
	void logEverythingOurCodeAndSpringSecurityDebugLogs() {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		VERBOSE.forEach((name) -> logging.setLogLevel(name, LogLevel.DEBUG));
	}

	@AfterEach
	void quietAgain() {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		VERBOSE.forEach((name) -> logging.setLogLevel(name, null));
	}

	@Test
	void signUpSignInRecoveryAndFailuresLeaveNoSecretInTheLog(CapturedOutput output) {
		this.addresses.forgetAll();
		List<String> secrets = new ArrayList<>();
		String username = Accounts.username("quiet");
		String password = "orchard velvet compass drizzle";
		secrets.add(password);

		WebSession browser = new WebSession(this.port);
		WebSession.Page codes = browser.submit(browser.get("/account/sign-up"), "main form", Map.of("username",
				username, "password", password, "ageBand", "ADULT", "guidelines", "true", "privacy", "true"));
		List<String> recoveryCodes = codes.document().select("ol.codes code").eachText();
		assertThat(recoveryCodes).hasSize(10);
		secrets.addAll(recoveryCodes);
		secrets.addAll(recoveryCodes.stream().map((code) -> code.replace("-", "")).toList());
		secrets.add(browser.cookie("hf_session").orElseThrow());
		secrets.add(decoded(browser.cookie("hf_session").orElseThrow()));

		String wrong = "a wrong password typed by mistake";
		secrets.add(wrong);
		Accounts.signIn(new WebSession(this.port), username, wrong);
		WebSession again = new WebSession(this.port);
		Accounts.signIn(again, username, password);
		secrets.add(again.cookie("hf_session").orElseThrow());
		secrets.add(decoded(again.cookie("hf_session").orElseThrow()));

		String newPassword = "lantern puddle meadow whistle";
		secrets.add(newPassword);
		WebSession recovering = new WebSession(this.port);
		recovering.submit(recovering.get("/account/recover"), "main form",
				Map.of("username", username, "code", recoveryCodes.get(0), "password", newPassword));
		secrets.add(recovering.cookie("hf_session").orElseThrow());
		recovering.submit(recovering.get("/account/delete"), "main form",
				Map.of("current", "guessing the password " + password, "confirm", "true"));

		String log = output.getAll();
		assertThat(log).as("debug logging was on").contains("DEBUG");
		for (String secret : secrets) {
			assertThat(log).as("the log holds a secret").doesNotContain(secret);
		}
	}

	private static String decoded(String cookie) {
		return new String(java.util.Base64.getDecoder().decode(cookie), java.nio.charset.StandardCharsets.UTF_8);
	}

}
