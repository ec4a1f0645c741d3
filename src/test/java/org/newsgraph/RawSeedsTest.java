package org.newsgraph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The seed story on an empty graph, read by the extractor alone (no annotations): the two outlets'
 * articles, ingested raw, answer the mission question, and Putin's invitation of Kim Jong-un is one event
 * that both report.
 */
@QuarkusTest
@TestProfile(RawSeedsTest.EmptyGraph.class)
class RawSeedsTest {

    /** Without the annotated seeds: only what the extractor reads is in the graph. */
    public static class EmptyGraph implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.seed.enabled", "false");
        }
    }

    /** Ingests both seed articles raw (again: ingesting is idempotent) and returns their ids, the AP's first. */
    private static List<String> ingestTheSeedsRaw() throws IOException {
        return List.of(ExtractionIngestTest.ingest(raw("putin-invites-comrade-kim-jong-un")),
                ExtractionIngestTest.ingest(raw("putin-invites-kim-to-russia")));
    }

    @Test
    void theMissionQuestionIsAnsweredFromRawText() throws IOException {
        ingestTheSeedsRaw();
        GraphQL.post(MissionQueryTest.MISSION).statusCode(200)
                .body("errors", nullValue())
                .body("data.events.totalCount", equalTo(1))
                .body("data.events.nodes[0].participants.findAll { it.role == 'INVITER' }.entity.name", contains("Vladimir Putin"))
                .body("data.events.nodes[0].participants.findAll { it.role == 'INVITEE' }.entity.name", hasItem("Kim Jong-un"))
                .body("data.events.nodes[0].articles.title", containsInAnyOrder(MissionQueryTest.BLOG_TITLE, MissionQueryTest.AP_TITLE))
                .body("data.events.nodes[0].quotes.find { it.text.startsWith('I would like to re-extend') }.speaker.name",
                        equalTo("Vladimir Putin"));
    }

    @Test
    void quotesGetTheirSpeakersAndAddressees() throws IOException {
        String associatedPress = ingestTheSeedsRaw().get(0);
        String quote = "data.article.quotes.find { it.text.startsWith('I would like to re-extend') }";
        GraphQL.post("""
                query($id: ID!) { article(id: $id) { quotes { text speaker { name } addressee { name }
                  attribution { method confidence } } } }""", Map.of("id", associatedPress))
                .body("errors", nullValue())
                .body(quote + ".speaker.name", equalTo("Vladimir Putin"))
                .body(quote + ".addressee.name", equalTo("Kim Yong-nam"))
                .body(quote + ".attribution.method", equalTo("speech-verb-after"))
                .body("data.article.quotes.find { it.text.startsWith('Above all') }.speaker.name", equalTo("Kim Yong-nam"));
    }

    @Test
    void similarPeopleStayApartAndNoPersonIsMadeOfAPlaceOrAnOutlet() throws IOException {
        String blog = ingestTheSeedsRaw().get(1);
        List<String> people = GraphQL.data("{ people(first: 100) { nodes { name } } }").getList("people.nodes.name");
        assertThat(people, hasItem("Kim Jong-un"));
        assertThat(people, hasItem("Kim Yong-nam"));
        assertThat(people, hasItem("Kim Jong-il"));
        for (String notAPerson : List.of("Moscow", "Russia", "Kremlin", "Thursday", "Singapore", "Breitbart", "North Korea")) {
            assertThat(people, org.hamcrest.Matchers.not(hasItem(notAPerson)));
        }
        GraphQL.post("query($id: ID!) { article(id: $id) { people { name } } }", Map.of("id", blog))
                .body("data.article.people.name", hasItem("Vladimir Putin"));
    }

    /** A seed article as a newsroom would send it: its text, title, outlet and date, without annotations. */
    private static Map<String, Object> raw(String name) throws IOException {
        try (InputStream in = RawSeedsTest.class.getResourceAsStream("/seed/" + name + ".json")) {
            JsonObject article = Json.createReader(in).readObject().getJsonObject("article");
            Map<String, Object> input = ExtractionIngestTest.article(article.getString("source", null),
                    article.getString("title"), article.getString("body"));
            input.put("publishedAt", article.getString("publishedAt", null));
            return input;
        }
    }
}
