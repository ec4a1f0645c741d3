package org.newsgraph;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.newsgraph.auth.LocalKeys;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The packaged jar, started the way the README starts it (no datasource URL: the embedded default), with
 * its home and data directory in a folder of the test's.
 */
final class PackagedService implements AutoCloseable {

    /** Why a test of this jar does not run in a native build: the embedded default exists only in the jar. */
    static final String JAR_ONLY = "the embedded default database is a JVM-jar convenience, not in the native binary";
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    private final Process process;
    private final int port;

    private final Path home;

    private PackagedService(Process process, int port, Path home) {
        this.process = process;
        this.port = port;
        this.home = home;
    }

    static PackagedService start(Path home, String name) throws IOException, InterruptedException {
        return start(home, name, Map.of());
    }

    /** Started with these environment variables, as a container would be. */
    static PackagedService start(Path home, String name, Map<String, String> environment)
            throws IOException, InterruptedException {
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Duser.home=" + home, "-Dquarkus.http.port=" + port,
                "-jar", JAR.toAbsolutePath().toString()))
                .redirectErrorStream(true)
                .redirectOutput(home.resolve(name + ".log").toFile());
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        builder.environment().putAll(environment);
        PackagedService service = new PackagedService(builder.start(), port, home);
        try {
            service.awaitReady(Duration.ofSeconds(90), home.resolve(name + ".log"));
        } catch (RuntimeException | Error | InterruptedException | IOException e) {
            service.close(); // a service that never answered must not outlive the test
            throw e;
        }
        return service;
    }

    /** Where it answers: http://localhost:port. */
    String uri() {
        return "http://localhost:" + port;
    }

    /** Queries and mutations, the latter with the editor's token the service logged on start. */
    JsonPath data(String query, Map<String, Object> variables) {
        return given().baseUri(uri()).contentType(ContentType.JSON).header("Authorization", "Bearer " + editorToken())
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then().statusCode(200)
                .extract().jsonPath().setRootPath("data");
    }

    /** The resident memory of the service's process now, in MB (Linux). */
    long residentMegabytes() throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                .findFirst().orElseThrow();
    }

    /** The editor's token the service wrote beside its key on start. */
    String editorToken() {
        try {
            return Files.readString(home.resolve(".newsgraph/keys").resolve(LocalKeys.EDITOR_TOKEN)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("the service wrote no editor token in its home", e);
        }
    }

    /** SIGTERM, as Kubernetes and Ctrl-C stop it, and wait for it to finish. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the service did not stop within 60 s of SIGTERM");
        }
    }

    /** SIGKILL: no shutdown at all, as after a crash or the OOM killer. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    /** The postmaster running on a data directory, if any. */
    static Optional<ProcessHandle> postmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip())).filter(ProcessHandle::isAlive);
    }

    private void awaitReady(Duration timeout, Path log) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited at start:\n" + Files.readString(log));
            }
            if (answers()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not answer within " + timeout + ":\n" + Files.readString(log));
    }

    private boolean answers() {
        try {
            return given().baseUri(uri()).contentType(ContentType.JSON)
                    .body(Map.of("query", "{ __typename }")).post("/graphql").statusCode() == 200;
        } catch (Exception notListeningYet) { // RestAssured rethrows ConnectException unchecked
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
