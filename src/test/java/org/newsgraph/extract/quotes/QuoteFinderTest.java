package org.newsgraph.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extracted;

/** What counts as a quote, and where it starts and ends. */
class QuoteFinderTest {

    @Test
    void curlyAndStraightDoubleQuotesAreBothQuotes() {
        Extracted text = Extracted.from("""
                “We will rebuild the pier by spring,” Mayor Ilse Brandt said.

                "The money is already there," she added.""");
        assertEquals(List.of("We will rebuild the pier by spring", "The money is already there"), text.quotes(),
                "the comma that hands over to the reporter is not the speaker's");
    }

    @Test
    void aQuoteOverSeveralParagraphsIsOneQuote() {
        Extracted text = Extracted.from("""
                Tomasz Wrona, the harbour master, described the night.

                “The first wave came at two in the morning. Nobody expected it.

                “By three the whole quay was under water,” he said.""");
        assertEquals(1, text.quotes().size(), text.quotes().toString());
        assertTrue(text.quotes().get(0).contains("Nobody expected it.") && text.quotes().get(0).contains("under water"));
    }

    @Test
    void aPartialQuoteInsideTheReportersSentenceIsMarkedPartial() {
        Extracted text = Extracted.from("The governor promised to “restore every bus line” before winter.");
        assertTrue(text.quote("restore every bus line").partial());
        Extracted full = Extracted.from("The governor said: “We will restore every bus line before winter.”");
        assertFalse(full.quote("We will restore").partial());
    }

    @Test
    void singleQuotesCarrySpeechButNotHeadlineScareQuotes() {
        Extracted british = Extracted.from("""
                ‘We have been patient for months,’ union leader Gareth Pryce said.

                The ‘Green Deal’ was announced last year.""");
        assertEquals(List.of("We have been patient for months"), british.quotes());
    }

    @Test
    void namesAndTitlesInQuotesAreNoSpeech() {
        Extracted text = Extracted.from("The two cities declared a “Year of Friendship” and screened the film “The Long Road Home”.");
        assertEquals(List.of(), text.quotes());
    }

    @Test
    void apostrophesAreNotQuoteMarks() {
        Extracted text = Extracted.from("The leaders’ summit in the workers’ town ended. ‘It went well,’ said Anita Kaur.");
        assertEquals(List.of("It went well"), text.quotes());
    }

    @Test
    void aClosingMarkTypedWhereAnOpeningOneBelongsStillOpensTheQuote() {
        Extracted text = Extracted.from("”I thought we were going to die,” said Colm Reilly.");
        assertEquals("Colm Reilly", text.speakerOf("I thought we were going to die"));
    }

    @Test
    void twoClosingSingleMarksCloseADoubleQuote() {
        Extracted text = Extracted.from("Police spokesman Adebola Nwachukwu-Eze said: “The suspect is helping the police.’’ He gave no details.");
        assertEquals(List.of("The suspect is helping the police."), text.quotes());
        assertEquals("Adebola Nwachukwu-Eze", text.speakerOf("The suspect is helping"));
    }

    @Test
    void aTitleThatOpensASentenceAsItsSubjectIsNoQuote() {
        Extracted text = Extracted.from("""
                The actress missed the premiere of “The Salt Meadow,” the period drama.

                “The Salt Meadow” opens in theaters on Friday. “You Too,” she said. “Thank You,” he said.""");
        assertEquals(List.of("You Too", "Thank You"), text.quotes());
    }
}
