package org.newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import io.vertx.core.json.JsonObject;

/** Drives a server with wrk (bench/load/graphql.lua) at a fixed number of connections for a while. */
final class Wrk {

    /** One round: requests per second, latency percentiles, and the requests that failed or had GraphQL errors. */
    record Round(double requestsPerSecond, double p50Millis, double p99Millis, long errors) {
    }

    private static final Path SCRIPT = Path.of("bench", "load", "graphql.lua");

    private final int connections;

    Wrk(int connections) {
        this.connections = connections;
    }

    Round run(URI endpoint, Path body, int seconds) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "10s",
                "-s", SCRIPT.toString(), endpoint.toString(), "--", body.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (wrk.waitFor() != 0 || lines.isEmpty()) {
            throw new UncheckedIOException(new IOException("wrk failed: " + lines));
        }
        JsonObject result = new JsonObject(lines.get(lines.size() - 1));
        return new Round(result.getLong("requests") / result.getDouble("seconds"), result.getDouble("p50_ms"),
                result.getDouble("p99_ms"), result.getLong("errors"));
    }
}
