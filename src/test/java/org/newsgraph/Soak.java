package org.newsgraph;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * A bounded soak: the packaged service on its embedded database, on loopback only, driven for a fixed
 * time by a few clients sending mixed reads (the mission query, an article page, a quote search) and
 * ingests of generated articles (one request in five), then stopped. Prints the requests, the errors
 * (any non-200 or GraphQL error), p50/p99 latency and the service's resident memory at start and end.
 *
 * <pre>bench/soak [seconds] [clients]</pre>
 */
public final class Soak {

    private static final String MISSION = MissionQueryTest.MISSION;
    private static final String ARTICLE = "{ articles(first: 1) { nodes { title people { name } quotes { text speaker { name } }"
            + " events { type participants { role entity { name } } } } } }";
    private static final String SEARCH = "{ quotes(search: \"invitation\", first: 10) { nodes { text speaker { name } } } }";
    private static final String INGEST = "mutation($input: ArticleInput!) { ingestArticle(input: $input) { id } }";

    private Soak() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Path home = Files.createTempDirectory("newsgraph-soak");
        List<GeneratedNews.Article> articles = GeneratedNews.articles(5000, 97);
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger ingested = new AtomicInteger();
        try (PackagedService service = PackagedService.start(home, "soak", Map.of());
                Jsonb json = JsonbBuilder.create()) {
            long memoryAtStart = service.residentMegabytes();
            HttpClient http = HttpClient.newHttpClient();
            String token = service.editorToken();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            for (int client = 0; client < clients; client++) {
                int first = client;
                pool.submit(() -> {
                    for (int i = first; System.nanoTime() < deadline; i += clients) {
                        String body = i % 5 == 4
                                ? json.toJson(Map.of("query", INGEST, "variables",
                                        Map.of("input", articles.get(ingested.getAndIncrement() % articles.size()).asInput())))
                                : json.toJson(Map.of("query", List.of(MISSION, ARTICLE, SEARCH).get(i % 3)));
                        send(http, service.uri(), token, body, latencies, errors);
                    }
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
            long memoryAtEnd = service.residentMegabytes();
            List<Double> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("""
                    | soak: %d s, %d clients, loopback | requests | errors | ingests | p50 ms | p99 ms | RSS at start MB | RSS at end MB |
                    |---|---|---|---|---|---|---|---|
                    | packaged jar, embedded PostgreSQL | %d | %d | %d | %.1f | %.1f | %d | %d |
                    %n""", seconds, clients, sorted.size(), errors.get(), Math.min(ingested.get(), articles.size()),
                    percentile(sorted, 50), percentile(sorted, 99), memoryAtStart, memoryAtEnd);
            service.stop();
        }
    }

    private static void send(HttpClient http, String uri, String token, String body, List<Double> latencies, AtomicInteger errors) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(uri + "/graphql"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200 || answer.body().contains("\"errors\"")) {
                errors.incrementAndGet();
            }
        } catch (Exception e) {
            errors.incrementAndGet();
        }
        latencies.add((System.nanoTime() - started) / 1e6);
    }

    private static double percentile(List<Double> sorted, int percent) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
