package org.newsgraph.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Level;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * A client that disconnects while its request is being fetched is not an error of the service: nothing is
 * logged as one, and the service answers the next request as usual.
 */
@QuarkusTest
class AbandonedRequestTest {

    private static final String NESTED = "{\"query\": \"{ articles { nodes { title quotes { text } } } }\"}";

    @Inject
    AgroalDataSource database;

    @Test
    void aClientThatLeavesMidRequestLeavesNoErrorInTheLog() throws Exception {
        try (LogRecorder errors = LogRecorder.from(Level.SEVERE)) {
            try (Connection locker = database.getConnection(); Statement statement = locker.createStatement()) {
                locker.setAutoCommit(false);
                // the articles come back, their quotes wait for the lock: the client leaves in between
                statement.execute("lock table quote in access exclusive mode");
                sendAndLeave(NESTED);
                locker.rollback();
            }
            awaitNoOtherReadOfQuotes(); // the abandoned fetch runs on once the lock is gone, and fails
            Thread.sleep(300); // and its errors reach the log
            assertEquals(List.of(), errors.records());
        }
        given().contentType("application/json").body(NESTED).post("/graphql")
                .then().statusCode(200).body("data.articles.nodes[0].quotes[0].text", notNullValue());
    }

    /** Until no other session is reading the quote table (at most 10 s): the abandoned fetch is over. */
    private void awaitNoOtherReadOfQuotes() throws SQLException, InterruptedException {
        try (Connection watcher = database.getConnection(); Statement statement = watcher.createStatement()) {
            for (int tries = 0; tries < 100; tries++) {
                try (ResultSet reading = statement.executeQuery("select count(*) from pg_stat_activity where state = 'active'"
                        + " and pid <> pg_backend_pid() and query ilike '%from quote%'")) {
                    reading.next();
                    if (reading.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
    }

    private static void sendAndLeave(String body) throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                    + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            Thread.sleep(700); // long enough for the articles to be read and the quotes to be waiting
        }
    }
}
