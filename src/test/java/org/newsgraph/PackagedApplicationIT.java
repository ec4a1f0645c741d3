package org.newsgraph;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The packaged application as it ships (the jar here, the native binary with {@code -Pnative}), in its
 * prod profile, against a PostgreSQL of its own that it only knows by URL: the GraphQL scenarios a
 * client runs, the operations endpoints Kubernetes and Prometheus use, and an outage of the database.
 */
@QuarkusIntegrationTest
@WithTestResource(ExternalPostgres.class)
@WithTestResource(Tokens.KeyDirectory.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedApplicationIT {

    private static final Duration PROBE_PATIENCE = Duration.ofSeconds(30);
    /** The pool's acquisition timeout (5 s) and a margin. */
    private static final Duration UNAVAILABLE_PATIENCE = Duration.ofSeconds(7);

    @Test
    @Order(1)
    void theMissionQueryIsAnsweredFromTheSeedCorpus() {
        GraphQL.post(MissionQueryTest.MISSION).statusCode(200)
                .body("errors", nullValue())
                .body("data.events.totalCount", equalTo(1))
                .body("data.events.nodes[0].participants.findAll { it.role == 'INVITER' }.entity.name",
                        hasItem("Vladimir Putin"));
    }

    @Test
    @Order(2)
    void anIngestedArticleIsReadIntoTheGraph() {
        String id = ExtractionIngestTest.ingest(ExtractionIngestTest.article("Harbour Gazette", "Pier to reopen", """
                Harbour master Teodora Vulpescu said on Monday that the north pier would reopen in May.

                “The repairs are ahead of schedule,” Vulpescu told the town council."""));
        GraphQL.post("query($id: ID!) { article(id: $id) { people { name } quotes { speaker { name } } } }", Map.of("id", id))
                .body("data.article.people.name", hasItem("Teodora Vulpescu"))
                .body("data.article.quotes[0].speaker.name", equalTo("Teodora Vulpescu"));
    }

    @Test
    @Order(3)
    void aBadRequestGetsAClearErrorCode() {
        GraphQL.post("{ events(first: -1) { totalCount } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    @Order(4)
    void introspectionAndGraphiQLAreOffInProd() {
        GraphQL.post("{ __schema { queryType { name } } }").statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("INTROSPECTION_DISABLED"));
        when().get("/q/graphql-ui/").then().statusCode(404);
    }

    @Test
    @Order(5)
    void prometheusSeesGraphQLOperations() {
        GraphQL.post("{ articles(first: 1) { totalCount } }").statusCode(200);
        when().get("/q/metrics").then().statusCode(200)
                .body(containsString("mp_graphql_seconds_count{name=\"articles\""))
                .body(containsString("http_server_requests_seconds_count{method=\"POST\""));
    }

    @Test
    @Order(6)
    void readinessFollowsTheDatabaseAndAQueryWhileItIsAwayIsToldSoFast() {
        when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        ExternalPostgres.stopServer();
        try {
            awaitReadiness(503, "DOWN");
            when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
            Instant asked = Instant.now();
            GraphQL.post(MissionQueryTest.MISSION).statusCode(200)
                    .body("errors[0].extensions.code", equalTo("UNAVAILABLE"));
            assertThat("a clear answer, fast, while the database is away", Duration.between(asked, Instant.now()),
                    lessThan(UNAVAILABLE_PATIENCE));
        } finally {
            ExternalPostgres.startServer();
        }
        awaitReadiness(200, "UP");
        GraphQL.post(MissionQueryTest.MISSION).statusCode(200).body("data.events.totalCount", equalTo(1));
    }

    private static void awaitReadiness(int status, String health) {
        Instant deadline = Instant.now().plus(PROBE_PATIENCE);
        int last;
        do {
            last = given().when().get("/q/health/ready").then().extract().statusCode();
            if (last == status) {
                break;
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        assertEquals(status, last, "readiness within " + PROBE_PATIENCE);
        when().get("/q/health/ready").then().statusCode(status).body("status", equalTo(health));
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
