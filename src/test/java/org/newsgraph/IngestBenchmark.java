package org.newsgraph;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * End-to-end ingest throughput into PostgreSQL: starts the packaged service on its embedded database in a
 * folder of its own, then ingests generated 600-word articles through the bulk import (one request of
 * many lines) and one by one through the ingestArticle mutation, and prints articles per second and
 * latencies. Run with {@code bench/run} (README); needs {@code target/quarkus-app}.
 */
public final class IngestBenchmark {

    private static final int WARM_UP = 100;
    private static final int BULK = 1000;
    private static final int ONE_BY_ONE = 300;
    private static final String INGEST = "mutation($input: ArticleInput!) { ingestArticle(input: $input) { id } }";

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Jsonb json = JsonbBuilder.create();
        List<GeneratedNews.Article> articles = GeneratedNews.articles(WARM_UP + BULK + ONE_BY_ONE, 7);
        Path home = Files.createTempDirectory("newsgraph-bench");
        try (PackagedService service = PackagedService.start(home, "service", Map.of("NEWSGRAPH_SEED_ENABLED", "false"))) {
            bulk(service, json, articles.subList(0, WARM_UP));
            double bulkSeconds = bulk(service, json, articles.subList(WARM_UP, WARM_UP + BULK));
            List<Double> latencies = new ArrayList<>();
            long started = System.nanoTime();
            for (GeneratedNews.Article article : articles.subList(WARM_UP + BULK, articles.size())) {
                long before = System.nanoTime();
                JsonPath answer = given().baseUri(service.uri()).header("Authorization", "Bearer " + service.editorToken())
                        .contentType(ContentType.JSON)
                        .body(Map.of("query", INGEST, "variables", Map.of("input", article.asInput())))
                        .post("/graphql").then().statusCode(200).extract().jsonPath();
                if (answer.get("errors") != null) {
                    throw new IllegalStateException("ingestArticle failed: " + answer.prettify());
                }
                latencies.add((System.nanoTime() - before) / 1e6);
            }
            double oneByOneSeconds = (System.nanoTime() - started) / 1e9;
            JsonPath counts = service.data("{ people(first: 0) { totalCount } quotes(first: 0) { totalCount }"
                    + " events(first: 0) { totalCount } }", Map.of());
            latencies.sort(Comparator.naturalOrder());
            System.out.printf("""
                    | ingest, into the embedded PostgreSQL | articles | seconds | articles/s | p50 ms | p95 ms |
                    |---|---|---|---|---|---|
                    | bulk import, one request | %d | %.1f | %.0f | – | – |
                    | ingestArticle, one at a time | %d | %.1f | %.0f | %.1f | %.1f |
                    graph afterwards: %d people, %d quotes, %d events
                    %n""", BULK, bulkSeconds, BULK / bulkSeconds, ONE_BY_ONE, oneByOneSeconds, ONE_BY_ONE / oneByOneSeconds,
                    percentile(latencies, 50), percentile(latencies, 95), counts.getInt("people.totalCount"),
                    counts.getInt("quotes.totalCount"), counts.getInt("events.totalCount"));
        } finally {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Sends articles as one bulk import and returns how long it took, in seconds. */
    private static double bulk(PackagedService service, Jsonb json, List<GeneratedNews.Article> articles) {
        String lines = articles.stream().map(a -> json.toJson(a.asInput())).collect(Collectors.joining("\n"));
        long started = System.nanoTime();
        JsonPath report = given().baseUri(service.uri()).header("Authorization", "Bearer " + service.editorToken())
                .contentType("application/x-ndjson")
                .body(lines.getBytes(StandardCharsets.UTF_8)).post("/import/articles")
                .then().statusCode(200).extract().jsonPath();
        if (report.getInt("imported") != articles.size()) {
            throw new IllegalStateException("the bulk import refused lines: " + report.prettify());
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static double percentile(List<Double> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
