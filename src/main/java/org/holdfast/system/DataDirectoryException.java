package org.holdfast.system;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * The embedded database cannot use its data directory: it cannot be created or written,
 * or another Holdfast process already has it open. Reported as one clear line at start-up
 * by {@link StartupFailureAnalyzers.DataDirectory}.
 */
class DataDirectoryException extends RuntimeException {

	private final Path directory;

	private final String problem;

	DataDirectoryException(Path directory, String problem, @Nullable Throwable cause) {
		super("Data directory " + directory + " " + problem, cause);
		this.directory = directory;
		this.problem = problem;
	}

	Path getDirectory() {
		return this.directory;
	}

	String getProblem() {
		return this.problem;
	}

}
