package org.newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs one hand-written SQL statement through pgbench as prepared statements, at the servers'
 * concurrency: the floor. pgbench prints no percentiles, so they come from its per-transaction log.
 */
final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([\\d.]+)");

    private Pgbench() {
    }

    static Wrk.Round run(BenchDatabase database, Path script, String variable, int connections, int seconds, Path logDirectory)
            throws IOException, InterruptedException {
        Files.createDirectories(logDirectory);
        try (Stream<Path> old = Files.list(logDirectory)) {
            for (Path log : old.toList()) {
                Files.delete(log);
            }
        }
        Process pgbench = new ProcessBuilder("pgbench", "-h", "localhost", "-p", String.valueOf(database.port()),
                "-U", "postgres", "-n", "-M", "prepared", "-c", String.valueOf(connections), "-j", "2",
                "-T", String.valueOf(seconds), "-D", variable, "-f", script.toAbsolutePath().toString(),
                "-l", "--log-prefix=" + logDirectory.resolve("tx"), "postgres")
                .redirectErrorStream(true).start();
        String output = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Matcher tps = TPS.matcher(output);
        if (pgbench.waitFor() != 0 || !tps.find()) {
            throw new UncheckedIOException(new IOException("pgbench failed:\n" + output));
        }
        List<Double> latencies;
        try (Stream<Path> logs = Files.list(logDirectory)) {
            latencies = logs.flatMap(Pgbench::lines).map(line -> Double.parseDouble(line.split(" ")[2]) / 1000)
                    .sorted().toList();
        }
        long failed = output.lines().filter(line -> line.startsWith("number of failed transactions"))
                .map(line -> Long.parseLong(line.replaceAll(".*: (\\d+).*", "$1"))).findFirst().orElse(0L);
        return new Wrk.Round(Double.parseDouble(tps.group(1)), percentile(latencies, 50), percentile(latencies, 99), failed);
    }

    private static Stream<String> lines(Path log) {
        try {
            return Files.readAllLines(log).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double percentile(List<Double> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
