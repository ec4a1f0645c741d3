package org.newsgraph;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import io.restassured.path.json.JsonPath;

/**
 * A bulk import killed half-way (kill -9 of the service) and sent again: the second run imports what the
 * first did not, skips what it did, and the graph ends with every article once.
 */
@DisabledIfSystemProperty(named = "native.image.path", matches = ".+", disabledReason = PackagedService.JAR_ONLY)
class BulkImportRestartIT extends PackagedServiceHome {

    private static final int ARTICLES = 300;
    private static final String COUNT = "{ articles(first: 0) { totalCount } }";

    @Test
    void anImportKilledHalfWayAndSentAgainEndsWithEveryArticleOnce() throws Exception {
        String lines;
        try (Jsonb json = JsonbBuilder.create()) {
            lines = GeneratedNews.articles(ARTICLES, 41).stream().map(article -> json.toJson(article.asInput()))
                    .collect(Collectors.joining("\n"));
        }
        Map<String, String> noSeeds = Map.of("NEWSGRAPH_SEED_ENABLED", "false");
        int importedBeforeTheKill;
        try (PackagedService first = PackagedService.start(home, "first", noSeeds)) {
            CompletableFuture<HttpResponse<String>> cutOff = HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(URI.create(first.uri() + "/import/articles"))
                            .header("Authorization", "Bearer " + first.editorToken())
                            .header("Content-Type", "application/x-ndjson")
                            .POST(HttpRequest.BodyPublishers.ofString(lines, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            importedBeforeTheKill = awaitSome(first);
            first.kill();
            assertTrue(cutOff.handle((answer, failure) -> answer == null || answer.statusCode() != 200).get(),
                    "the first import did not finish");
        }
        assertTrue(importedBeforeTheKill > 0 && importedBeforeTheKill < ARTICLES, "killed half-way: " + importedBeforeTheKill);

        try (PackagedService second = PackagedService.start(home, "second", noSeeds)) {
            JsonPath report = given().baseUri(second.uri()).header("Authorization", "Bearer " + second.editorToken())
                    .contentType("application/x-ndjson").body(lines.getBytes(StandardCharsets.UTF_8))
                    .post("/import/articles").then().statusCode(200).extract().jsonPath();
            assertEquals(ARTICLES, report.getInt("lines"));
            assertEquals(0, report.getInt("refused"), report.prettify());
            assertTrue(report.getInt("alreadyThere") >= importedBeforeTheKill, "it reports what the first run imported");
            assertEquals(ARTICLES, report.getInt("imported") + report.getInt("alreadyThere"));
            assertEquals(ARTICLES, second.data(COUNT, Map.of()).getInt("articles.totalCount"), "every article once");
            second.stop();
        }
    }

    /** Waits until the import has stored some articles, and says how many. */
    private static int awaitSome(PackagedService service) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            int stored = service.data(COUNT, Map.of()).getInt("articles.totalCount");
            if (stored >= 20) {
                return stored;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import stored nothing within 60 s");
    }
}
