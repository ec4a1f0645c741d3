package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The extractor stays a library: no CDI, no Hibernate, no Quarkus, no I/O of its own. It may use the
 * graph's plain enums (kinds, event types, roles, date precisions) and the one name normaliser.
 */
class ExtractorIsALibraryTest {

    private static final Pattern ALLOWED = Pattern.compile("import (static )?(java\\.|org\\.newsgraph\\.extract\\."
            + "|org\\.newsgraph\\.entity\\.(EntityKind|NameKey);|org\\.newsgraph\\.event\\.(EventType|ParticipantRole|DatePrecision);).*");

    @Test
    void itImportsNothingButJavaAndTheGraphsPlainTypes() throws IOException {
        List<String> forbidden;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/newsgraph/extract"))) {
            forbidden = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(f -> lines(f).stream().filter(l -> l.startsWith("import ") && !ALLOWED.matcher(l).matches())
                            .map(l -> f.getFileName() + ": " + l))
                    .toList();
        }
        assertEquals(List.of(), forbidden);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
