package org.newsgraph.extract.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Lexicons;

/**
 * Speakers on articles written blind: by someone who had not seen the extractor, in agency, court, sports,
 * business, science, culture, crime, diplomacy and local styles (src/test/resources/speakers). Their first
 * score, before any fix they prompted, is in README; the floors keep what the fixes won.
 * {@code -Dspeakers.dir=a,b} scores other folders of the same gold, and prints what each got wrong.
 */
class SpeakerSetTest {

    private static final Path WRITTEN_BLIND = Path.of("src/test/resources/speakers/written-blind");

    private final Extractor extractor = new Extractor(Lexicons.load());

    @Test
    void speakersOfTheBlindWrittenArticles() {
        printOtherFolders();
        SpeakerSet set = SpeakerSet.of(WRITTEN_BLIND, extractor);
        System.out.println(set.summary(WRITTEN_BLIND));
        set.misses().forEach(miss -> System.out.println("  " + miss));
        assertTrue(set.spokenRecall() >= 0.95, set.summary(WRITTEN_BLIND));
        assertTrue(set.speakerAccuracy() >= 0.95, set.summary(WRITTEN_BLIND));
    }

    private void printOtherFolders() {
        String folders = System.getProperty("speakers.dir", "");
        for (String folder : Arrays.stream(folders.split(",")).filter(f -> !f.isBlank()).toList()) {
            SpeakerSet set = SpeakerSet.of(Path.of(folder), extractor);
            System.out.println(set.summary(Path.of(folder)));
            set.misses().forEach(miss -> System.out.println("  " + miss));
        }
    }
}
