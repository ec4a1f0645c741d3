package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The packaged service on its embedded database, stopped and killed the ways it will be in life: what
 * was ingested is still there after each restart, the seed corpus is loaded once, and no PostgreSQL is
 * left running behind it.
 */
@DisabledIfSystemProperty(named = "native.image.path", matches = ".+", disabledReason = PackagedService.JAR_ONLY)
class ServiceRestartIT extends PackagedServiceHome {

    private static final String INGEST = "mutation($input: ArticleInput!) { ingestArticle(input: $input) { id } }";
    private static final String ARTICLE = "query($id: ID!) { article(id: $id) { title } articles(first: 0) { totalCount } }";

    @Test
    void ingestedArticlesSurviveAStopAndAKill() throws Exception {
        Path dataDirectory = home.resolve(".newsgraph/postgres");
        String id;
        try (PackagedService first = PackagedService.start(home, "first")) {
            id = first.data(INGEST, Map.of("input", Map.of("title", "Kept across restarts", "body", "These durable words survive a restart.")))
                    .getString("ingestArticle.id");
            first.stop();
        }
        assertTrue(PackagedService.postmaster(dataDirectory).isEmpty(), "a stopped service stops its database");

        try (PackagedService second = PackagedService.start(home, "second")) {
            var data = second.data(ARTICLE, Map.of("id", id));
            assertEquals("Kept across restarts", data.getString("article.title"));
            assertEquals(3, data.getInt("articles.totalCount"), "two seed articles, loaded once, and ours");
            second.kill();
        }
        assertTrue(PackagedService.postmaster(dataDirectory).isPresent(), "kill -9 leaves the postmaster orphaned");

        try (PackagedService third = PackagedService.start(home, "third")) {
            assertEquals("Kept across restarts", third.data(ARTICLE, Map.of("id", id)).getString("article.title"));
            third.stop();
        }
        assertTrue(PackagedService.postmaster(dataDirectory).isEmpty(), "the orphan was stopped and its successor too");
    }
}
