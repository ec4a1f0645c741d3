package org.newsgraph;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Relay connections: pages that cover everything once, in order, with cursors that belong to them. */
@QuarkusTest
class PaginationTest {

    private static final String PEOPLE = """
            query($first: Int, $after: String) {
              people(first: $first, after: $after) { totalCount nodes { id name } pageInfo { hasNextPage endCursor } }
            }""";

    @Test
    void pagesOfPeopleCoverEveryoneOnceInNameOrder() {
        var all = GraphQL.data("{ people(first: 100) { totalCount nodes { id name } } }");
        List<Map<String, Object>> everyone = all.getList("people.nodes");
        List<Map<String, Object>> paged = Articles.walk(PEOPLE, "people", 3);
        assertEquals(everyone, paged);
        assertEquals(all.getInt("people.totalCount"), paged.size());
        List<String> names = paged.stream().map(p -> (String) p.get("name")).toList();
        assertEquals(names.stream().sorted().toList(), names, "alphabetical");
    }

    @Test
    void articlesComeLatestFirstWithUndatedOnesLastAcrossPages() {
        String source = "Pagination Gazette";
        String[] days = { "2001-01-01", "2001-01-02", null, "2001-01-02", null };
        for (int i = 0; i < days.length; i++) {
            Articles.ingest("Pagination probe " + i, "Probe body number " + i, source, days[i]);
        }
        String query = """
                query($first: Int, $after: String) {
                  articles(source: "pagination gazette", first: $first, after: $after) {
                    nodes { title publishedAt } pageInfo { hasNextPage endCursor }
                  }
                }""";
        List<Map<String, Object>> paged = Articles.walk(query, "articles", 2);
        assertEquals(GraphQL.data(query, Map.of("first", 100)).getList("articles.nodes"), paged);
        assertEquals(5, paged.size());
        List<Object> dates = paged.stream().map(a -> a.get("publishedAt")).toList();
        assertEquals(java.util.Arrays.asList("2001-01-02", "2001-01-02", "2001-01-01", null, null), dates);
    }

    @Test
    void searchHitsComeBestMatchFirstAcrossPages() {
        Articles.ingest("Zebrafish regrow their hearts", "Zebrafish zebrafish zebrafish: a lab report.", "Science Desk", "2001-02-01");
        Articles.ingest("A lab report", "One zebrafish was seen.", "Science Desk", "2001-02-02");
        Articles.ingest("Zebrafish", "Zebrafish in the title and zebrafish in the body.", "Science Desk", "2001-02-03");
        String query = """
                query($first: Int, $after: String) {
                  articles(search: "zebrafish", first: $first, after: $after) {
                    nodes { title } pageInfo { hasNextPage endCursor }
                  }
                }""";
        List<Map<String, Object>> paged = Articles.walk(query, "articles", 1);
        assertEquals(GraphQL.data(query, Map.of("first", 100)).getList("articles.nodes"), paged);
        assertEquals(3, paged.size());
        assertEquals("A lab report", paged.get(2).get("title"), "a single mention in the body ranks last");
    }

    @Test
    void aCursorWorksOnlyOnTheConnectionThatHandedItOut() {
        String peopleCursor = GraphQL.data("{ people(first: 1) { pageInfo { endCursor } } }").getString("people.pageInfo.endCursor");
        GraphQL.post("query($after: String) { articles(after: $after) { totalCount } }", Map.of("after", peopleCursor))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_CURSOR"))
                .body("data", equalTo(null));
    }

    @Test
    void aCursorOfOneSearchDoesNotPageAnother() {
        String cursor = GraphQL.data("{ quotes(search: \"Korea\", first: 1) { pageInfo { endCursor } } }")
                .getString("quotes.pageInfo.endCursor");
        GraphQL.post("query($after: String) { quotes(search: \"Russia\", after: $after) { totalCount } }", Map.of("after", cursor))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_CURSOR"));
        GraphQL.post("query($after: String) { quotes(search: \"Korea\", after: $after) { totalCount } }", Map.of("after", cursor))
                .body("errors", equalTo(null));
    }

    @Test
    void aForgedCursorIsRefused() {
        for (String forged : List.of("not a cursor", "", Base64.getUrlEncoder().encodeToString("ng1 people 7".getBytes()),
                Base64.getUrlEncoder().encodeToString(new byte[] { 0, 3, 'n', 'g', '1', 0, 6, 'p', 'e', 'o', 'p', 'l', 'e', 2, 1, 0, 1, 'x' }))) {
            GraphQL.post("query($after: String) { people(after: $after) { totalCount } }", Map.of("after", forged))
                    .statusCode(200)
                    .body("errors[0].extensions.code", equalTo("INVALID_CURSOR"));
        }
    }

    @Test
    void firstZeroAnswersTheCountWithoutItems() {
        GraphQL.post("{ events(first: 0) { totalCount nodes { id } pageInfo { hasNextPage } } }").statusCode(200)
                .body("data.events.nodes", empty())
                .body("data.events.pageInfo.hasNextPage", equalTo(true));
        assertTrue(GraphQL.data("{ events(first: 0) { totalCount } }").getInt("events.totalCount") >= 18);
    }

    @Test
    void firstOutsideItsBoundsIsRefused() {
        GraphQL.post("{ quotes(first: -1) { totalCount } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("0 or more"));
        GraphQL.post("{ quotes(first: 101) { totalCount } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("at most 100"));
    }

    @Test
    void aSpeakersQuotesCanBeCutToTheLatestFewForEverySpeakerOfABatch() {
        String query = "query($first: Int) { people(first: 100) { nodes { name quotes(first: $first) { id } } } }";
        List<Map<String, Object>> whole = GraphQL.data(query, Map.of()).getList("people.nodes");
        List<Map<String, Object>> cut = GraphQL.data(query, Map.of("first", 1)).getList("people.nodes");
        assertTrue(whole.stream().anyMatch(p -> ((List<?>) p.get("quotes")).size() > 1), "the seeds have a talkative speaker");
        for (int i = 0; i < whole.size(); i++) {
            List<?> all = (List<?>) whole.get(i).get("quotes");
            assertEquals(all.isEmpty() ? List.of() : all.subList(0, 1), cut.get(i).get("quotes"), "latest first, one each");
        }
        GraphQL.post("{ people { nodes { quotes(first: 101) { id } } } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void peopleSearchMatchesTheBeginningsOfNameWords() {
        List<String> names = GraphQL.data("{ people(search: \"kim jong\") { nodes { name } } }").getList("people.nodes.name");
        assertEquals(List.of("Kim Jong-il", "Kim Jong-un"), names.stream().sorted(Comparator.naturalOrder()).toList());
    }

    @Test
    void entitiesOfEveryKindPageByNameAndKeepTheirKind() {
        String query = """
                query($first: Int, $after: String) {
                  entities(search: "korea", first: $first, after: $after) {
                    nodes { __typename name kind } pageInfo { hasNextPage endCursor }
                  }
                }""";
        List<Map<String, Object>> paged = Articles.walk(query, "entities", 1);
        List<Object> kinds = paged.stream().map(e -> e.get("kind")).distinct().toList();
        assertTrue(kinds.contains("COUNTRY") || kinds.contains("ORGANIZATION"), "not people only: " + paged);
        assertTrue(paged.stream().allMatch(e -> ((String) e.get("name")).toLowerCase().contains("korea")), paged.toString());
        assertEquals(GraphQL.data(query, Map.of("first", 100)).getList("entities.nodes"), paged);
    }

    @Test
    void entitiesOfOneKindAreThatKindOnly() {
        var page = GraphQL.data("{ entities(kind: PERSON, first: 100) { totalCount nodes { __typename kind } } }");
        assertEquals(Set.of("PERSON"), Set.copyOf(page.getList("entities.nodes.kind")));
        assertEquals(Set.of("Person"), Set.copyOf(page.getList("entities.nodes.__typename")));
        assertEquals(GraphQL.data("{ people { totalCount } }").getInt("people.totalCount"),
                page.getInt("entities.totalCount"));
    }
}
