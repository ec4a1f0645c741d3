package org.newsgraph.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A GraphQL server under test, run as a process of its own: how soon it answers, how much memory it took. */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    final String name;
    final URI endpoint;
    final long startMillis;
    private final Process process;

    private ServiceProcess(String name, URI endpoint, Process process, long startMillis) {
        this.name = name;
        this.endpoint = endpoint;
        this.process = process;
        this.startMillis = startMillis;
    }

    /** Starts the command and waits until the server answers a GraphQL request; its output goes to the log. */
    static ServiceProcess start(String name, List<String> command, Map<String, String> environment, File directory,
            Path log, int port) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process = builder.start();
        URI endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
        while (!answers(endpoint)) {
            if (!process.isAlive() || System.nanoTime() - started > START_TIMEOUT.toNanos()) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " did not start; see " + log);
            }
            Thread.sleep(20);
        }
        return new ServiceProcess(name, endpoint, process, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    private static boolean answers(URI endpoint) throws InterruptedException {
        try {
            return post(endpoint, "{\"query\": \"{ __typename }\"}").statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    static HttpResponse<String> post(URI endpoint, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The most resident memory the process has had (the kernel's high-water mark), in MB. */
    long peakMemoryMegabytes() throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                .filter(line -> line.startsWith("VmHWM:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                .findFirst().orElseThrow();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
