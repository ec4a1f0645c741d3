package org.newsgraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class DocumentTest {

    private static List<String> sentences(String text) {
        Document document = Document.of(text, null);
        return document.sentences().stream()
                .map(s -> document.text(document.token(s.first()), document.token(s.last())))
                .toList();
    }

    @Test
    void sentencesEndAtStopsNotAtAbbreviations() {
        assertEquals(List.of("Mr. Smith met Gen. Jones in the U.S. capital.", "They talked."),
                sentences("Mr. Smith met Gen. Jones in the U.S. capital. They talked."));
    }

    @Test
    void anAcronymThatEndsASentenceStillEndsIt() {
        assertEquals(List.of("He lives in the U.S.", "The talks failed."), sentences("He lives in the U.S. The talks failed."));
    }

    @Test
    void aClosingQuoteBelongsToTheSentenceItCloses() {
        assertEquals(List.of("“We agree.”", "He left."), sentences("“We agree.” He left."));
        assertEquals(List.of("“We agree,” he said.", "“Now go.”"), sentences("“We agree,” he said. “Now go.”"));
    }

    @Test
    void paragraphsEndSentences() {
        assertEquals(List.of("No stop here", "Next paragraph."), sentences("No stop here\n\nNext paragraph."));
    }
}
