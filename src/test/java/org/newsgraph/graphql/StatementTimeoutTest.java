package org.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import graphql.ExceptionWhileDataFetching;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every connection of the service has a statement timeout, and a statement it stops reaches the client as
 * QUERY_TIMEOUT, not as our bug.
 */
@QuarkusTest
class StatementTimeoutTest {

    @Inject
    AgroalDataSource database;

    @Test
    void theServicesConnectionsStopStatementsAfterThirtySeconds() throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet timeout = statement.executeQuery("show statement_timeout")) {
            timeout.next();
            assertEquals("30s", timeout.getString(1));
        }
    }

    @Test
    void aStatementTheTimeoutStopsIsAQueryTimeoutForTheClient() throws SQLException {
        SQLException stopped;
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set statement_timeout = '50ms'");
            stopped = assertThrows(SQLException.class, () -> statement.executeQuery("select pg_sleep(2)"));
            statement.execute("reset statement_timeout");
        }
        var error = ErrorMapper.toClientError(new ExceptionWhileDataFetching(ResultPath.rootPath(),
                new IllegalStateException("while fetching", stopped), new SourceLocation(1, 3)));
        assertEquals("QUERY_TIMEOUT", error.getExtensions().get("code"));
    }
}
