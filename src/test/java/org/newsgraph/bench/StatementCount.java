package org.newsgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The SQL statements one request costs, as PostgreSQL counted them (pg_stat_statements, planned
 * statements only): the same measure for every server, whatever its driver or pool does.
 */
final class StatementCount {

    private static final int REQUESTS = 10;

    private StatementCount() {
    }

    static double perRequest(BenchDatabase database, URI endpoint, Path body) throws IOException, InterruptedException, SQLException {
        String request = Files.readString(body);
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("select pg_stat_statements_reset()");
            for (int i = 0; i < REQUESTS; i++) {
                ServiceProcess.post(endpoint, request);
            }
            try (ResultSet calls = statement.executeQuery("select coalesce(sum(calls), 0) from pg_stat_statements"
                    + " where query not like '%pg_stat_statements%'")) {
                calls.next();
                return calls.getDouble(1) / REQUESTS;
            }
        }
    }
}
