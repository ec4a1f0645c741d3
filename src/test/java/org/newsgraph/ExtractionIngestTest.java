package org.newsgraph;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * ingestArticle reads raw text into the graph: people, quotes with their speakers, events, resolved against
 * what the graph already holds; the same article twice changes nothing; a bad article leaves nothing.
 */
@QuarkusTest
class ExtractionIngestTest {

    private static final String INGEST = "mutation($input: ArticleInput!) { ingestArticle(input: $input) { id } }";
    private static final String COUNTS = "{ articles(first: 0) { totalCount } people(first: 0) { totalCount }"
            + " quotes(first: 0) { totalCount } events(first: 0) { totalCount } }";

    @Test
    void anUnseenStoryMakesItsPeopleAndASecondStoryFindsThemAgain() {
        String harbour = ingest(article("Harbour Gazette", "Pier to reopen", """
                Harbour master Teodora Vulpescu said on Monday that the north pier would reopen in May.

                “The repairs are ahead of schedule,” Vulpescu told the town council. “We found less damage than feared.”"""));
        String follow = ingest(article("Coast Weekly", "Pier reopens early", """
                The north pier reopened on Saturday. “It is a relief for every fisherman here,” Vulpescu said."""));
        GraphQL.post("{ people(search: \"Vulpescu\") { totalCount nodes { name quotes { text } } } }")
                .body("data.people.totalCount", equalTo(1))
                .body("data.people.nodes[0].name", equalTo("Teodora Vulpescu"))
                .body("data.people.nodes[0].quotes.text", hasItems("The repairs are ahead of schedule",
                        "We found less damage than feared.", "It is a relief for every fisherman here"));
        GraphQL.post("query($id: ID!) { article(id: $id) { people { name } } }", Map.of("id", follow))
                .body("data.article.people.name", equalTo(List.of("Teodora Vulpescu")));
        GraphQL.post("query($id: ID!) { article(id: $id) { people { name } } }", Map.of("id", harbour))
                .body("data.article.people.name", not(hasItem("Monday")));
    }

    @Test
    void theSameRawArticleTwiceChangesNothing() {
        Map<String, Object> input = article("Valley Echo", "Mill closes", """
                The Orrin Valley mill will close in June, owner Casimir Delacroix-Ndiaye said on Friday. \
                “We tried everything,” he said.""");
        String first = ingest(input);
        JsonPath before = GraphQL.data(COUNTS);
        String again = ingest(input);
        assertEquals(first, again);
        assertEquals(before.prettify(), GraphQL.data(COUNTS).prettify());
    }

    @Test
    void aBadArticleGetsAClearErrorAndLeavesNothingBehind() {
        JsonPath before = GraphQL.data(COUNTS);
        for (String body : List.of("<div>{{x}}</div><div>{{y}}</div><script>{}</script>", "1234 5678 9012 3456 7890 1234",
                "Word ".repeat(30_000))) {
            GraphQL.post(INGEST, Map.of("input", article("Junk Desk", "Junk", body)))
                    .statusCode(200)
                    .body("data", equalTo(null))
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        }
        assertEquals(before.prettify(), GraphQL.data(COUNTS).prettify());
    }

    static Map<String, Object> article(String source, String title, String body) {
        Map<String, Object> input = new HashMap<>();
        input.put("source", source);
        input.put("title", title);
        input.put("body", body);
        input.put("publishedAt", "2024-03-15");
        return input;
    }

    static String ingest(Map<String, Object> input) {
        return GraphQL.data(INGEST, Map.of("input", input)).getString("ingestArticle.id");
    }
}
