package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Whatever text comes in, the extractor answers without failing, and every offset it gives points at the
 * words it claims: unbalanced and mixed quote marks, stray titles and verbs of saying, names at the end
 * of the text, no sentence punctuation at all. The texts are generated, the same ones every run.
 */
class ExtractorRobustnessTest {

    private static final List<String> PIECES = List.of("said", "told", "according to", "he", "she", "it", "the minister",
            "President", "Kim", "Jong-un", "Putin", "Okafor", "of", "and", "invited", "visit", "summit", "on Thursday",
            "in 2015", "last month", "“", "”", "\"", "‘", "’", "'", ",", ".", ":", "—", "(", ")", "\n", "\n\n", "Mr.",
            "U.S.", "a spokeswoman for", "the company", "Reuters", "Monday", "Ms", "Dr.", "’s", "…", "?", "!", "42",
            "1,000", "Jr.", "his", "our invitation", "by", "was", "Moscow", "North Korea", " ", "\u00a0", "é", "🙂");

    private final Extractor extractor = new Extractor(Lexicons.load());

    @Test
    void twoThousandGeneratedTextsAreReadWithoutFailingAndWithTrueOffsets() {
        Random random = new Random(20261123);
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(120);
            for (int i = 0; i < length; i++) {
                text.append(PIECES.get(random.nextInt(PIECES.size()))).append(random.nextInt(3) == 0 ? "" : " ");
            }
            String body = text.toString();
            Extraction extraction = extractor.extract(body, random.nextBoolean() ? null : java.time.LocalDate.of(2018, 6, 15));
            for (Extraction.Quote quote : extraction.quotes()) {
                assertEquals(body.substring(quote.start(), quote.end()), quote.text(), body);
                assertTrue(quote.speaker() < extraction.entities().size() && quote.addressee() < extraction.entities().size());
            }
            for (Extraction.Entity entity : extraction.entities()) {
                entity.mentions().forEach(m -> assertEquals(body.substring(m.start(), m.end()), m.text(), body));
            }
        }
    }

    @Test
    void aLongSentenceWithoutOrdinarySpacesStillGetsAShortSummary() {
        String words = String.join("\u00a0", java.util.Collections.nCopies(60, "negotiations"));
        Extraction extraction = new Extractor(Lexicons.load()).extract(
                "Mayor\u00a0Amadou\u00a0Keita\u00a0denied\u00a0the\u00a0" + words + ".", // a denial is summed up by its words
                java.time.LocalDate.of(2024, 3, 15));
        assertTrue(!extraction.events().isEmpty() && extraction.events().stream().allMatch(e -> e.summary().length() <= 241),
                extraction.events().toString());
    }
}
