package org.newsgraph.extract;

import java.util.List;
import java.util.Optional;

import org.newsgraph.extract.text.Token;
import org.newsgraph.extract.text.TokenKind;
import org.newsgraph.extract.text.Tokenizer;

/**
 * Whether a body reads as prose, the only thing the extractor can read: words, mostly letters, with
 * spaces between them; not markup, not a data dump, not an encoded file.
 */
public final class Prose {

    private static final int FEWEST_WORDS = 3;
    private static final double FEWEST_LETTERS = 0.5;
    private static final int LONGEST_RUN = 200;
    private static final double MOST_MARKUP = 0.2;

    private Prose() {
    }

    /** What makes the text no prose, or empty if it reads as prose. */
    public static Optional<String> problem(String text) {
        long nonSpace = text.chars().filter(c -> !Character.isWhitespace(c)).count();
        long letters = text.chars().filter(Character::isLetter).count();
        if (nonSpace > 0 && (double) letters / nonSpace < FEWEST_LETTERS) {
            return Optional.of("fewer than half of its characters are letters");
        }
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
            if (run > LONGEST_RUN) {
                return Optional.of("it has a run of more than " + LONGEST_RUN + " characters without a space");
            }
        }
        List<Token> tokens = Tokenizer.tokenize(text);
        long words = tokens.stream().filter(t -> t.kind() == TokenKind.WORD).count();
        if (words < FEWEST_WORDS) {
            return Optional.of("it has fewer than " + FEWEST_WORDS + " words");
        }
        long markup = tokens.stream().filter(t -> t.text().equals("<") || t.text().equals(">") || t.text().equals("{")
                || t.text().equals("}")).count();
        if ((double) markup / tokens.size() > MOST_MARKUP) {
            return Optional.of("it looks like markup or code; send the article's text");
        }
        return Optional.empty();
    }
}
