package org.newsgraph.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Reading quotes with their speakers, by every path that lists them, logs nothing an operator has to look at:
 * a warning per row (Hibernate narrowing a proxy of an entity to its subclass) once flooded the log.
 */
@QuarkusTest
class QuietReadsTest {

    @Test
    void quotesWithTheirSpeakersLogNoWarning() {
        try (LogRecorder warnings = LogRecorder.from(Level.WARNING)) {
            read("{ quotes(search: \\\"visit\\\") { nodes { text speaker { name } } } }", "data.quotes.nodes.speaker");
            read("{ articles { nodes { quotes { text speaker { name } } } } }", "data.articles.nodes.quotes.flatten().speaker");
            read("{ events { nodes { quotes { text speaker { name } } } } }", "data.events.nodes.quotes.flatten().speaker");
            read("{ person(name: \\\"Putin\\\") { quotes { text speaker { name } } } }", "data.person.quotes.speaker");
            assertEquals(List.of(), warnings.records());
        }
    }

    private static void read(String query, String speakers) {
        given().contentType("application/json").body("{\"query\": \"" + query + "\"}").post("/graphql")
                .then().statusCode(200).body("errors", nullValue()).body(speakers, hasItem(notNullValue()));
    }
}
