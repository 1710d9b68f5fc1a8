package org.holdfast;

import org.springframework.boot.SpringApplication;

/**
 * Runs Holdfast on a throwaway database: {@code ./mvnw spring-boot:test-run}. Nothing is
 * kept under {@code ./data}.
 */
public class TestHoldfast {

	public static void main(String[] args) {
		SpringApplication.from(Holdfast::main).with(TestDatabaseConfiguration.class).run(args);
	}

}
