package org.newsgraph;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsgraph.corpus.CorpusGenerator;
import org.newsgraph.graphql.Ids;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The corpus generator writes a graph the service serves like any other: its most popular person is in
 * many articles, invitations carry their quotes and reporting articles, and the service goes on storing
 * articles after it with ids of its own.
 */
@QuarkusTest
@TestProfile(CorpusGeneratorTest.OwnDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusGeneratorTest {

    /** A database of its own: the generated events would show up in the other tests' date filters. */
    public static class OwnDatabase implements QuarkusTestProfile {
    }

    private static final int ARTICLES = 300;

    @Inject
    AgroalDataSource database;

    private List<String> people;
    private int articlesBefore;

    /** Once for the class; in @BeforeEach because the HTTP port is only set for the tests themselves. */
    @BeforeEach
    void generateOnce() throws Exception {
        if (people != null) {
            return;
        }
        articlesBefore = Articles.count();
        try (Connection connection = database.getConnection()) {
            people = new CorpusGenerator(ARTICLES, 7).generateInto(connection);
        }
    }

    @Test
    void theCorpusIsThereWithAFamousFewAndManySeldomNamed() {
        assertEquals(articlesBefore + ARTICLES, Articles.count());
        int famous = GraphQL.data("{ person(name: \"" + people.get(0) + "\") { articles { id } } }")
                .getList("person.articles").size();
        int obscure = GraphQL.data("{ person(name: \"" + people.get(people.size() - 1) + "\") { articles { id } } }")
                .getList("person.articles").size();
        assertTrue(famous > ARTICLES / 10 && famous > 5 * Math.max(1, obscure), famous + " vs " + obscure);
    }

    @Test
    void theMissionQueryFindsInvitationsWithQuotesAndReportingArticles() {
        GraphQL.post("{ events(type: INVITATION, participant: \"" + people.get(0) + "\", role: INVITER, first: 5) {"
                + " totalCount nodes { participants { role entity { name } } quotes { text speaker { name } }"
                + " articles { title source { name } } } } }")
                .body("errors", nullValue())
                .body("data.events.totalCount", greaterThan(0))
                .body("data.events.nodes[0].participants.role", hasItem("INVITEE"))
                .body("data.events.nodes[0].quotes.speaker.name", everyItem(equalTo(people.get(0))))
                .body("data.events.nodes[0].articles.source.name", not(hasItem(nullValue())));
    }

    @Test
    void aPersonsInvitationsComeLatestFirstAcrossPages() {
        String query = invitationsBy(people.get(0));
        List<Map<String, Object>> paged = Articles.walk(query, "events", 3);
        assertTrue(paged.size() > 3, "one page only: " + paged.size());
        assertEquals(GraphQL.data(query, Map.of("first", 0)).getInt("events.totalCount"), paged.size());
        assertEquals(paged.size(), paged.stream().map(event -> event.get("id")).distinct().count());
        for (int i = 1; i < paged.size(); i++) {
            String before = (String) paged.get(i - 1).get("date");
            String after = (String) paged.get(i).get("date");
            assertTrue(after == null || before != null && before.compareTo(after) >= 0, before + " then " + after);
        }
    }

    /** The index that orders a person's events holds copies of their dates, which must follow the events'. */
    @Test
    void anInvitationDatedAnewMovesInItsInvitersList() throws SQLException {
        String query = invitationsBy(people.get(0));
        List<Map<String, Object>> events = GraphQL.data(query, Map.of("first", 100)).getList("events.nodes");
        String oldest = (String) events.get(events.size() - 1).get("id");
        LocalDate latest = LocalDate.parse((String) events.get(0).get("date"));
        try (Connection connection = database.getConnection();
                PreparedStatement redate = connection.prepareStatement(
                        "update event set date = ?, date_end = ?, date_precision = 'DAY' where id = ?")) {
            redate.setObject(1, latest.plusDays(1));
            redate.setObject(2, latest.plusDays(1));
            redate.setLong(3, Ids.parse(oldest));
            assertEquals(1, redate.executeUpdate());
        }
        JsonPath first = GraphQL.data(query, Map.of("first", 1));
        assertEquals(oldest, first.getString("events.nodes[0].id"));
        assertEquals(latest.plusDays(1).toString(), first.getString("events.nodes[0].date"));
    }

    private static String invitationsBy(String person) {
        return """
                query($first: Int, $after: String) {
                  events(type: INVITATION, participant: "%s", role: INVITER, first: $first, after: $after) {
                    totalCount nodes { id date } pageInfo { hasNextPage endCursor }
                  }
                }""".formatted(person);
    }

    @Test
    void quotesAreSearchableAndTheServiceStoresNewArticlesAfterTheCorpus() {
        GraphQL.post("{ quotes(search: \"negotiations\", first: 3) { totalCount nodes { speaker { name } } } }")
                .body("data.quotes.totalCount", greaterThan(0));
        String id = Articles.ingest("After the corpus", "Mayor Ilse Brandt opened the bridge on Friday.", "Corpus Check", null);
        GraphQL.post("{ article(id: \"" + id + "\") { title } }").body("data.article.title", equalTo("After the corpus"));
    }
}
