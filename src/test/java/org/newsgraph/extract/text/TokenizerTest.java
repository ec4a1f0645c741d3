package org.newsgraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> texts(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    private static List<TokenKind> kinds(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::kind).toList();
    }

    @Test
    void hyphenatedNamesAbbreviationsAndInitialsStayWhole() {
        assertEquals(List.of("Kim", "Jong-un", "met", "the", "U.S.", "envoy", ",", "J.", "Smith", ",", "at", "10:30", "."),
                texts("Kim Jong-un met the U.S. envoy, J. Smith, at 10:30."));
        assertEquals(List.of("Mr.", "Putin", "and", "Gen.", "Sergei", "went"), texts("Mr. Putin and Gen. Sergei went"));
        assertEquals(List.of("a", "90-year-old", "leader"), texts("a 90-year-old leader"));
    }

    @Test
    void thePossessiveIsSplitOffButContractionsAreNot() {
        assertEquals(List.of("Russia", "’s", "hosting", "isn’t", "O’Brien", "'s"), texts("Russia’s hosting isn’t O’Brien's"));
        assertEquals(TokenKind.POSSESSIVE, kinds("Russia’s").get(1));
    }

    @Test
    void quoteMarksFaceTheWayTheirNeighboursSay() {
        assertEquals(List.of(TokenKind.OPEN_DOUBLE, TokenKind.WORD, TokenKind.PUNCT, TokenKind.CLOSE_DOUBLE, TokenKind.WORD,
                TokenKind.WORD, TokenKind.PUNCT), kinds("“Yes,” he said."));
        assertEquals(List.of(TokenKind.OPEN_DOUBLE, TokenKind.WORD, TokenKind.CLOSE_DOUBLE), kinds("\"straight\""));
        assertEquals(List.of(TokenKind.OPEN_SINGLE, TokenKind.WORD, TokenKind.CLOSE_SINGLE), kinds("‘Comrade’"));
        // the apostrophe of a plural possessive closes nothing it did not open; the quote finder ignores it
        assertEquals(List.of(TokenKind.WORD, TokenKind.CLOSE_SINGLE, TokenKind.WORD), kinds("leaders’ summit"));
    }

    @Test
    void addressesAndHandlesAreOneTokenOfTheirOwn() {
        assertEquals(List.of("email", "bkew@breitbart.com", "."), texts("email bkew@breitbart.com."));
        assertEquals(TokenKind.OTHER, kinds("@ben_kew").get(0));
    }

    @Test
    void everyNewlineStartsAParagraphAndOffsetsPointIntoTheText() {
        String text = "One.\n\nTwo three.\nFour.";
        List<Token> tokens = Tokenizer.tokenize(text);
        assertEquals(List.of(0, 0, 1, 1, 1, 2, 2), tokens.stream().map(Token::paragraph).toList());
        for (Token token : tokens) {
            assertEquals(token.text(), text.substring(token.start(), token.end()));
        }
    }
}
