package org.newsgraph.embedded;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Answers {@code quarkus.datasource.jdbc.url} with the URL of the embedded server, starting it on the
 * first lookup. It lists no property names on purpose: anything that iterates over all properties
 * (the build, config mappings) must not start a database.
 */
class EmbeddedDatabaseConfigSource implements ConfigSource {

    /** Below application.properties (250) and everything else, so any real setting wins. */
    static final int ORDINAL = 50;

    private final EmbeddedDatabaseSettings settings;

    EmbeddedDatabaseConfigSource(EmbeddedDatabaseSettings settings) {
        this.settings = settings;
    }

    @Override
    public String getValue(String propertyName) {
        return EmbeddedDatabaseSettings.DATASOURCE_URL.equals(propertyName) ? EmbeddedDatabase.jdbcUrl(settings) : null;
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public String getName() {
        return "NewsGraph embedded PostgreSQL";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
