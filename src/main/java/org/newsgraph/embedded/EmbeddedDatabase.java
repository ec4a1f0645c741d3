package org.newsgraph.embedded;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import io.quarkus.logging.Log;

/**
 * The one embedded PostgreSQL server of this JVM. It is started by the first lookup of the datasource
 * URL and stopped when the application stops, so that dev-mode reloads and test profiles each get a
 * server of their own lifetime.
 *
 * <p>This class must not mention zonky's types: it is loaded in production too (by the shutdown
 * observer), where the embedded server is not on the class path. It reaches the launcher by a name built
 * at run time, so that a native image, whose build links every class it can reach, never reaches it.
 */
public final class EmbeddedDatabase {

    private static final String LAUNCHER = EmbeddedDatabase.class.getPackageName() + ".EmbeddedPostgresLauncher";
    private static RunningServer running;

    private EmbeddedDatabase() {
    }

    static synchronized String jdbcUrl(EmbeddedDatabaseSettings settings) {
        if (running == null) {
            running = launcher().apply(settings);
        }
        return running.jdbcUrl();
    }

    @SuppressWarnings("unchecked")
    private static Function<EmbeddedDatabaseSettings, RunningServer> launcher() {
        try {
            return (Function<EmbeddedDatabaseSettings, RunningServer>) Class.forName(LAUNCHER).getDeclaredConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("This build has no embedded PostgreSQL: set quarkus.datasource.jdbc.url", e);
        }
    }

    /** Starts the server on a kept data directory, for tools that load data outside the service. */
    public static String start(Path dataDirectory) {
        return jdbcUrl(new EmbeddedDatabaseSettings(true, Optional.of(dataDirectory.toAbsolutePath())));
    }

    /** Stops the server if this JVM started one; harmless otherwise. */
    public static synchronized void stop() {
        if (running == null) {
            return;
        }
        try {
            running.server().close();
        } catch (Exception e) {
            Log.warnf(e, "Could not stop the embedded PostgreSQL cleanly");
        }
        running = null;
    }
}
