package org.newsgraph;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The filters of the top-level lists, on the seed corpus. */
@QuarkusTest
class FiltersTest {

    @Test
    void aFuzzyDateMatchesAnyRangeItOverlaps() {
        // "in September" is the whole of September 2018, so a range inside it finds the visit
        GraphQL.post("{ events(from: \"2018-09-15\", to: \"2018-09-20\") { nodes { type dateText datePrecision place { name } } } }")
                .statusCode(200)
                .body("data.events.nodes.type", contains("VISIT"))
                .body("data.events.nodes[0].dateText", equalTo("in September"))
                .body("data.events.nodes[0].datePrecision", equalTo("MONTH"))
                .body("data.events.nodes[0].place.name", equalTo("Vladivostok"));
    }

    @Test
    void eventsByPlaceAndType() {
        GraphQL.post("{ events(type: SUMMIT, place: \"Singapore\") { totalCount nodes { date articles { title } } } }")
                .statusCode(200)
                .body("data.events.totalCount", equalTo(1))
                .body("data.events.nodes[0].date", equalTo("2018-06-12"))
                // one summit, reported by both outlets
                .body("data.events.nodes[0].articles.title",
                        containsInAnyOrder(MissionQueryTest.BLOG_TITLE, MissionQueryTest.AP_TITLE));
    }

    @Test
    void aRoleAloneFindsEventsWhereAnyoneHasIt() {
        GraphQL.post("{ events(role: INTERMEDIARY) { nodes { type participants(role: INTERMEDIARY) { entity { name } } } } }")
                .statusCode(200)
                .body("data.events.nodes.type", contains("INVITATION"))
                .body("data.events.nodes[0].participants.entity.name", contains("Kim Yong-nam"));
    }

    @Test
    void articlesBySourceNameAndPublicationDay() {
        GraphQL.post("{ articles(source: \"the associated press\", from: \"2018-06-15\", to: \"2018-06-15\") { nodes { title } } }")
                .statusCode(200)
                .body("data.articles.nodes.title", contains(MissionQueryTest.AP_TITLE));
        GraphQL.post("{ articles(source: \"No Such Outlet\") { totalCount nodes { title } } }")
                .statusCode(200)
                .body("data.articles.totalCount", equalTo(0));
    }

    @Test
    void quoteSearchFindsTheWordsWhoeverSaidThem() {
        GraphQL.post("{ quotes(search: \"arms race\") { nodes { text speaker { name } } } }")
                .statusCode(200)
                .body("data.quotes.nodes.text", contains(startsWith("In one of our last discussions, Donald said")))
                .body("data.quotes.nodes.speaker.name", contains("Vladimir Putin"));
    }

    @Test
    void aCountryCanSpeak() {
        GraphQL.post("{ quotes(speaker: \"North Korea\") { nodes { text partial events { type } } } }")
                .statusCode(200)
                .body("data.quotes.nodes.text", contains("to work toward complete denuclearization of the Korean Peninsula"))
                .body("data.quotes.nodes[0].partial", equalTo(true))
                .body("data.quotes.nodes[0].events.type", contains("AGREEMENT"));
    }

    @Test
    void anEntitysEventsByRoleAndAPlacesEvents() {
        GraphQL.post("""
                { person(name: "Putin") { events(role: INVITER) { type } }
                  entity(name: "Vladivostok") { ... on Place { events { type dateText } } } }""")
                .statusCode(200)
                .body("data.person.events.type", contains("INVITATION"))
                .body("data.entity.events.dateText", contains("in September"));
    }

    @Test
    void anArticlesPeopleAreItsPersonsOnly() {
        GraphQL.post("{ articles(source: \"The Associated Press\") { nodes { people { name } entities(kind: COUNTRY) { name } authors { name } } } }")
                .statusCode(200)
                .body("data.articles.nodes[0].people.name", hasItem("Kim Yong-nam"))
                .body("data.articles.nodes[0].people.name", not(hasItem("Russia")))
                .body("data.articles.nodes[0].entities.name", hasItem("Russia"))
                .body("data.articles.nodes[0].entities.name", not(hasItem("Vladimir Putin")))
                .body("data.articles.nodes[0].authors.name", contains("Ben Kew"));
    }

    @Test
    void mentionsAndQuotesPointIntoTheBody() {
        var data = GraphQL.data("{ articles(source: \"The Associated Press\") { nodes { body mentions { start end text } quotes { start end text } } } }");
        String body = data.getString("articles.nodes[0].body");
        java.util.List<java.util.Map<String, Object>> spans = new java.util.ArrayList<>(data.getList("articles.nodes[0].mentions"));
        spans.addAll(data.getList("articles.nodes[0].quotes"));
        org.junit.jupiter.api.Assertions.assertEquals(41 + 14, spans.size(), "the AP article's mentions and quotes");
        for (var span : spans) {
            org.junit.jupiter.api.Assertions.assertEquals(span.get("text"),
                    body.substring((Integer) span.get("start"), (Integer) span.get("end")));
        }
        GraphQL.post("{ articles(source: \"The Associated Press\") { nodes { mentions { entity { name } } } } }")
                .body("data.articles.nodes[0].mentions.entity.name", everyItem(not(equalTo(null))));
    }
}
