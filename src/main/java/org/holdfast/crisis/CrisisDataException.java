package org.holdfast.crisis;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The packaged crisis directory is malformed. Holdfast refuses to start rather than show
 * a wrong or half-read number; the message names the entry and what is wrong with it.
 */
public class CrisisDataException extends RuntimeException {

	CrisisDataException(String message) {
		super(message);
	}

	CrisisDataException(String message, Throwable cause) {
		super(message, cause);
	}

	/** Prints the problem as one sentence at start-up instead of a stack trace. */
	static final class Analyzer extends AbstractFailureAnalyzer<CrisisDataException> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, CrisisDataException cause) {
			return new FailureAnalysis("Holdfast cannot start: " + cause.getMessage(),
					"Correct the entry in the crisis directory (see the comments at the top of the file) and start again.",
					cause);
		}

	}

}
