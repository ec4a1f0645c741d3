package org.newsgraph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.quarkus.logging.Log;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts zonky's embedded PostgreSQL 17, on a kept data directory or on a throwaway one. The one class
 * that names zonky's types; {@link EmbeddedDatabase} loads it by name.
 */
final class EmbeddedPostgresLauncher implements Function<EmbeddedDatabaseSettings, RunningServer> {

    /** zonky holds a lock on this file in the data directory for as long as its postmaster runs. */
    private static final String ZONKY_LOCK_FILE = "epg-lock";
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(30);

    @Override
    public RunningServer apply(EmbeddedDatabaseSettings settings) {
        long started = System.nanoTime();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60));
        settings.dataDirectory().ifPresent(directory -> keepData(builder, directory));
        try {
            EmbeddedPostgres server = builder.start();
            Log.infof("Embedded PostgreSQL started on port %d in %d ms, data in %s", server.getPort(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                    settings.dataDirectory().map(Path::toString).orElse("a temporary directory"));
            return new RunningServer(server.getJdbcUrl("postgres", "postgres"), server);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /**
     * A kept cluster must be as durable as a real server: zonky starts postgres with fsync and
     * synchronous commit off, which is right for throwaway test clusters only.
     */
    private static void keepData(EmbeddedPostgres.Builder builder, Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the embedded PostgreSQL data directory " + directory, e);
        }
        stopOrphanedPostmaster(directory);
        builder.setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on");
    }

    /**
     * After the service is killed (kill -9, a crashed JVM) its postmaster keeps running on the data
     * directory and the next start would fail on {@code postmaster.pid}. zonky's lock file tells the two
     * cases apart: if nobody holds it, no live process owns that postmaster, and it is safe to stop.
     */
    private static void stopOrphanedPostmaster(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory.resolve(ZONKY_LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(directory);
            }
            postmaster(pidFile).ifPresent(EmbeddedPostgresLauncher::stop);
        } catch (OverlappingFileLockException e) {
            throw inUse(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check the embedded PostgreSQL data directory " + directory, e);
        }
    }

    private static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }

    private static void stop(ProcessHandle postmaster) {
        Log.warnf("Stopping PostgreSQL (pid %d) left running by a NewsGraph that did not shut down", postmaster.pid());
        postmaster.destroy(); // SIGTERM: a smart shutdown, which completes at once as its clients are gone
        try {
            postmaster.onExit().get(ORPHAN_STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL (pid " + postmaster.pid() + ") left running on the data"
                    + " directory did not stop within " + ORPHAN_STOP_TIMEOUT.toSeconds() + " s", e);
        }
    }

    private static IllegalStateException inUse(Path directory) {
        return new IllegalStateException("The embedded PostgreSQL data directory " + directory + " is in use by"
                + " another running NewsGraph. Stop it, or give this one its own directory with"
                + " NEWSGRAPH_EMBEDDED_POSTGRES_DATA_DIR.");
    }
}
