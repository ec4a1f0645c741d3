package org.newsgraph.embedded;

import org.newsgraph.config.UnlistedConfigSource;

/**
 * Answers {@code quarkus.datasource.jdbc.url} with the URL of the embedded server, starting it on the
 * first lookup (and never when properties are listed: see {@link UnlistedConfigSource}).
 */
class EmbeddedDatabaseConfigSource extends UnlistedConfigSource {

    /** Below application.properties (250) and everything else, so any real setting wins. */
    static final int ORDINAL = 50;

    private final EmbeddedDatabaseSettings settings;

    EmbeddedDatabaseConfigSource(EmbeddedDatabaseSettings settings) {
        super("NewsGraph embedded PostgreSQL", ORDINAL);
        this.settings = settings;
    }

    @Override
    public String getValue(String propertyName) {
        return EmbeddedDatabaseSettings.DATASOURCE_URL.equals(propertyName) ? EmbeddedDatabase.jdbcUrl(settings) : null;
    }
}
