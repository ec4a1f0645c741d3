package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The live feed: a subscriber hears of each article that enters the graph, with whatever it asks of it. */
@QuarkusTest
class LiveFeedTest {

    private static final String FEED = """
            subscription { articleIngested { title source { name } people { name } quotes { text speaker { name } } } }""";

    @Test
    void aSubscriberHearsOfAnIngestedArticleWithItsNestedFieldsAndOfARepeatNothing() throws Exception {
        try (SubscriptionSocket socket = SubscriptionSocket.open()) {
            socket.subscribe("feed", FEED);
            awaitSubscribed(socket);
            String body = "Mayor Ilse Brandvik opened the new ferry terminal on Tuesday. \"It has taken eleven years,\""
                    + " Brandvik said.";
            Articles.ingest("Ferry terminal opens at last", body, "Harbour Courier", "2026-11-03");

            JsonPath next = socket.next();
            assertEquals("next", next.getString("type"), next.prettify());
            assertEquals("feed", next.getString("id"));
            assertEquals("Ferry terminal opens at last", next.getString("payload.data.articleIngested.title"));
            assertEquals("Harbour Courier", next.getString("payload.data.articleIngested.source.name"), next.prettify());
            assertTrue(next.getList("payload.data.articleIngested.people.name").contains("Ilse Brandvik"), next.prettify());
            List<Map<String, Object>> quotes = next.getList("payload.data.articleIngested.quotes");
            assertEquals(1, quotes.size(), next.prettify());
            assertEquals("Ilse Brandvik", next.getString("payload.data.articleIngested.quotes[0].speaker.name"));

            Articles.ingest("Ferry terminal opens at last", body, "Harbour Courier", "2026-11-03");
            assertNull(socket.nextWithin(Duration.ofSeconds(2)), "the same article again is no new article");
        }
    }

    /**
     * Ingests probe articles until the subscriber hears of one: the server starts a subscription after it has
     * read the subscribe message, and nothing says when, so an article ingested at once could come before.
     */
    private static void awaitSubscribed(SubscriptionSocket socket) throws InterruptedException {
        for (int probe = 0; probe < 20; probe++) {
            Articles.ingest("Feed probe " + probe + " " + System.nanoTime(), "A probe of the live feed.", "Probe Wire", null);
            if (socket.nextWithin(Duration.ofMillis(500)) != null) {
                while (socket.nextWithin(Duration.ofMillis(200)) != null) {
                    // the probes that came after it
                }
                return;
            }
        }
        throw new AssertionError("the subscription never started");
    }

    @Test
    void theSocketCarriesSubscriptionsOnly() throws Exception {
        try (SubscriptionSocket socket = SubscriptionSocket.open()) {
            socket.subscribe("sneaky", "mutation { deleteArticle(article: \"1\") { id } }");
            JsonPath refused = socket.next();
            assertEquals("OPERATION_NOT_ALLOWED", refused.getString("payload[0].extensions.code"), refused.prettify());

            socket.subscribe("query", "{ articles { totalCount } }");
            refused = socket.next();
            assertEquals("OPERATION_NOT_ALLOWED", refused.getString("payload[0].extensions.code"), refused.prettify());
        }
    }
}
