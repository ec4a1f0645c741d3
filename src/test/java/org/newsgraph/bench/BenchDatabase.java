package org.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The benchmark's one PostgreSQL, shared by every server under test: the corpus's kept data directory,
 * served on a fixed port so that NewsGraph, PostGraphile and pgbench all reach the same server, with
 * pg_stat_statements loaded to count the statements each request costs. zonky starts it, as it starts
 * the service's embedded default (the PostgreSQL binaries refuse to be started as root by hand).
 */
final class BenchDatabase implements AutoCloseable {

    private final EmbeddedPostgres server;

    private BenchDatabase(EmbeddedPostgres server) {
        this.server = server;
    }

    static BenchDatabase start(Path dataDirectory, int port) throws IOException, SQLException {
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                // planned statements only: BEGIN, COMMIT and SET are a driver's habits, not query work
                .setServerConfig("pg_stat_statements.track_utility", "off")
                // the defaults of a small managed server, not zonky's test settings
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("shared_buffers", "1GB")
                // an OLTP setting on 2 cores: parallel workers slow short queries that run side by side
                .setServerConfig("max_parallel_workers_per_gather", "0")
                .start();
        BenchDatabase database = new BenchDatabase(server);
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
        }
        return database;
    }

    Connection connect() throws SQLException {
        return server.getPostgresDatabase().getConnection();
    }

    String jdbcUrl() {
        return server.getJdbcUrl("postgres", "postgres");
    }

    /** The libpq form, for PostGraphile and pgbench. */
    String connectionString() {
        return "postgres://postgres@localhost:" + server.getPort() + "/postgres";
    }

    int port() {
        return server.getPort();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
