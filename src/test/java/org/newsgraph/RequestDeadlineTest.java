package org.newsgraph;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A request past its deadline fetches nothing more: with a deadline of a nanosecond, every request is past
 * it before its first field. A query answers DEADLINE_EXCEEDED, not a server error; a mutation is refused
 * before it runs, and changes nothing.
 */
@QuarkusTest
@TestProfile(RequestDeadlineTest.OneNanosecond.class)
class RequestDeadlineTest {

    public static class OneNanosecond implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.api.request-deadline", "PT0.000000001S");
        }
    }

    @Inject
    AgroalDataSource database;

    @Test
    void aQueryPastItsDeadlineAnswersDeadlineExceeded() {
        GraphQL.post("{ articles(first: 5) { totalCount nodes { title quotes { text } } } }")
                .statusCode(lessThan(500))
                .body("errors[0].extensions.code", equalTo("DEADLINE_EXCEEDED"))
                .body("errors[0].path[0]", equalTo("articles"));
    }

    @Test
    void aMutationPastItsDeadlineIsNotRun() throws SQLException {
        String before = TableChecksum.of(database, Set.of());
        GraphQL.post("mutation($input: ArticleInput!) { ingestArticle(input: $input) { id } }", Map.of("input",
                ExtractionIngestTest.article("Late Gazette", "Too late", "Clerk Albrecht Nnamdi-Sorensen said it was late.")))
                .statusCode(lessThan(500))
                .body("errors[0].extensions.code", equalTo("DEADLINE_EXCEEDED"));
        assertEquals(before, TableChecksum.of(database, Set.of()), "the mutation changed nothing");
    }
}
