package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.AnnotatedArticle;
import org.newsgraph.ingest.AnnotationImport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Nested fields are batched: the same nested query over 10 and over 1,000 articles issues the same
 * number of SQL statements, counted by Hibernate as they are prepared.
 */
@QuarkusTest
@TestProfile(NoNPlusOneTest.ThousandArticles.class)
class NoNPlusOneTest {

    public static class ThousandArticles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.api.max-page-size", "1000", "newsgraph.seed.enabled", "false");
        }
    }

    private static final String NESTED = """
            query($first: Int) {
              articles(first: $first) {
                nodes {
                  title
                  source { name }
                  quotes { text speaker { name } events { type } }
                  events { type place { name } participants { role entity { name } } }
                }
              }
            }""";

    @Inject
    AnnotationImport annotations;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void statementsDependOnTheQueryNotOnTheRows() {
        List<AnnotatedArticle> corpus = GeneratedCorpus.articles(1000);
        for (int from = 0; from < corpus.size(); from += 100) {
            List<AnnotatedArticle> chunk = corpus.subList(from, from + 100);
            QuarkusTransaction.requiringNew().run(() -> chunk.forEach(article -> annotations.importDocument(article, "corpus")));
        }

        long forTen = statementsFor(10);
        long forThousand = statementsFor(1000);
        System.out.printf("SQL statements for the nested query: %d over 10 articles, %d over 1000%n", forTen, forThousand);
        assertEquals(forTen, forThousand);
        assertTrue(forTen <= 10, "one statement per nested list, not per row: " + forTen);
    }

    private long statementsFor(int first) {
        long before = sessionFactory.getStatistics().getPrepareStatementCount();
        JsonPath data = GraphQL.data(NESTED, Map.of("first", first));
        long statements = sessionFactory.getStatistics().getPrepareStatementCount() - before;
        List<Map<String, Object>> articles = data.getList("articles.nodes");
        assertEquals(first, articles.size());
        // every level really was resolved, for every row
        assertEquals(first, data.getList("articles.nodes.quotes.flatten().speaker.name").stream().filter(n -> n != null).count());
        assertEquals(2L * first, data.getList("articles.nodes.events.flatten().participants.flatten().entity.name").size());
        assertEquals(first, data.getList("articles.nodes.events.flatten().place.name").size());
        return statements;
    }
}
