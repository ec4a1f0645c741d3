package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * With QUARKUS_DATASOURCE_JDBC_URL set, as in a container, the packaged service uses that server, gives
 * it the schema and the seed corpus, and starts no database of its own.
 */
@DisabledIfSystemProperty(named = "native.image.path", matches = ".+", disabledReason = PackagedService.JAR_ONLY)
class ExternalDatabaseIT {

    @TempDir
    Path home;

    @Test
    void aConfiguredServerIsUsedAndNothingIsEmbedded() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) { // stands in for a managed PostgreSQL
            Map<String, String> environment = Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + external.getPort() + "/postgres",
                    "QUARKUS_DATASOURCE_USERNAME", "postgres");
            try (PackagedService service = PackagedService.start(home, "external", environment)) {
                assertEquals(1, service.data(MissionQueryTest.MISSION, Map.of()).getInt("events.totalCount"));
                service.stop();
            }
            assertFalse(Files.exists(home.resolve(".newsgraph/postgres")), "no embedded data directory");
            assertFalse(Files.readString(home.resolve("external.log")).contains("Embedded PostgreSQL started"));
            try (var connection = external.getPostgresDatabase().getConnection();
                    var rows = connection.createStatement().executeQuery("select count(*) from article")) {
                rows.next();
                assertEquals(2, rows.getInt(1), "the seed corpus went into the configured server");
            }
        }
    }
}
