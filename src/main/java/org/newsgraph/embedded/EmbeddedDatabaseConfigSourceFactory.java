package org.newsgraph.embedded;

import java.util.List;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;

/**
 * Makes the embedded PostgreSQL the default database: when no {@code quarkus.datasource.jdbc.url} is
 * configured (property, profile or {@code QUARKUS_DATASOURCE_JDBC_URL}), it contributes a config source
 * that answers that one property by starting the embedded server.
 *
 * <p>Why a config source and not a startup observer: Agroal reads the URL while the runtime
 * configuration is built, before Flyway and Hibernate start; by the time a {@code StartupEvent} fires
 * the datasource has already been deactivated for lack of a URL. The source is lazy, so the build
 * (which also calls this factory) never starts a database.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    private static final String ZONKY = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (EmbeddedDatabaseSettings.externalDatabaseConfigured(context) || !embeddedServerOnClasspath()) {
            return List.of();
        }
        EmbeddedDatabaseSettings settings = EmbeddedDatabaseSettings.from(context);
        return settings.enabled() ? List.of(new EmbeddedDatabaseConfigSource(settings)) : List.of();
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(EmbeddedDatabaseConfigSource.ORDINAL);
    }

    /** A production jar built without optional dependencies has no embedded server, and must not need one. */
    private static boolean embeddedServerOnClasspath() {
        try {
            Class.forName(ZONKY, false, EmbeddedDatabaseConfigSourceFactory.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
