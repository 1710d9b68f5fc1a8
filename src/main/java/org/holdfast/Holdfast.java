package org.holdfast;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * Holdfast: self-help, crisis contacts and moderated peer support for people who
 * self-harm and the people around them. One application, one PostgreSQL database; see
 * {@code DESIGN.md} for the safety invariants every feature keeps.
 *
 * <p>
 * Spring Boot's in-memory user with a generated password is excluded: Holdfast has no
 * default account of any kind.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class Holdfast {

	public static void main(String[] args) {
		SpringApplication.run(Holdfast.class, args);
	}

}
