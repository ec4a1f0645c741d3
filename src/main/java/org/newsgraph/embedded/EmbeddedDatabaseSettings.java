package org.newsgraph.embedded;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;

/**
 * The settings of the embedded PostgreSQL, read straight from the configuration sources because they
 * are needed while the configuration itself is still being assembled (no {@code @ConfigMapping} yet).
 *
 * @param dataDirectory where the cluster lives between runs; empty for a throwaway cluster (tests)
 */
record EmbeddedDatabaseSettings(boolean enabled, Optional<Path> dataDirectory) {

    static final String DATASOURCE_URL = "quarkus.datasource.jdbc.url";
    static final String ENABLED = "newsgraph.embedded-postgres.enabled";
    static final String DATA_DIR = "newsgraph.embedded-postgres.data-dir";
    static final String TEMPORARY = "newsgraph.embedded-postgres.temporary";

    static EmbeddedDatabaseSettings from(ConfigSourceContext context) {
        boolean enabled = !"false".equalsIgnoreCase(value(context, ENABLED).orElse("true"));
        boolean temporary = "true".equalsIgnoreCase(value(context, TEMPORARY).orElse("false"));
        Optional<Path> dataDirectory = temporary
                ? Optional.empty()
                : Optional.of(value(context, DATA_DIR)
                        .map(Path::of)
                        .orElse(Path.of(System.getProperty("user.home"), ".newsgraph", "postgres")));
        return new EmbeddedDatabaseSettings(enabled, dataDirectory.map(Path::toAbsolutePath));
    }

    static boolean externalDatabaseConfigured(ConfigSourceContext context) {
        return value(context, DATASOURCE_URL).isPresent();
    }

    private static Optional<String> value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return Optional.ofNullable(value == null ? null : value.getValue()).filter(v -> !v.isBlank());
    }
}
