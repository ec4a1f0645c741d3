package org.newsgraph.extract.evaluation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The extractor against the annotated evaluation set: the seed articles and the texts in
 * src/test/resources/eval. Prints the table README shows, and fails when a measure falls below its floor.
 * The floors sit a little under what the extractor scores today, so that a change that makes it worse is
 * noticed. {@code -Devaluation.dir=a,b} prints the table of other folders of gold articles too.
 */
class ExtractionEvaluationTest {

    private static final List<Path> EVALUATION_SET = List.of(Path.of("src/main/resources/seed"), Path.of("src/test/resources/eval"));

    @Test
    void theExtractorMeetsItsFloorsOnTheEvaluationSet() throws IOException {
        printOtherFolders();
        Evaluation evaluation = Evaluation.of(EVALUATION_SET);
        System.out.println(evaluation.table());
        Score all = evaluation.total();
        assertAll(
                () -> assertTrue(all.articles() >= 10, "the seeds and at least eight more texts"),
                () -> assertEquals(0, all.falsePeople(), "no person made of a place, an organization or a newspaper"),
                () -> atLeast(0.95, all.peoplePrecision(), "people precision"),
                () -> atLeast(0.95, all.peopleRecall(), "people recall"),
                () -> atLeast(0.95, all.quotePrecision(), "quote precision"),
                () -> atLeast(0.95, all.quoteRecall(), "quote recall"),
                () -> atLeast(0.95, all.speakerAccuracy(), "speaker accuracy"),
                () -> atLeast(0.95, all.attributionPrecision(), "precision of the speakers given"),
                () -> atLeast(0.60, all.eventPrecision(), "event precision"),
                () -> atLeast(0.40, all.eventRecall(), "event recall"));
    }

    /** Other folders of gold articles, named by -Devaluation.dir, are measured and printed, not judged. */
    private static void printOtherFolders() throws IOException {
        String folders = System.getProperty("evaluation.dir", "");
        if (!folders.isBlank()) {
            Evaluation evaluation = Evaluation.of(Arrays.stream(folders.split(",")).map(Path::of).toList());
            System.out.println(evaluation.table());
            evaluation.misses().forEach(System.out::println);
        }
    }

    private static void atLeast(double floor, double measured, String what) {
        assertTrue(measured >= floor, String.format("%s is %.0f%%, under its floor of %.0f%%", what, measured * 100, floor * 100));
    }
}
