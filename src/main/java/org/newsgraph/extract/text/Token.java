package org.newsgraph.extract.text;

import java.util.Locale;

/**
 * A token of an article body, with its offsets (UTF-16 code units, as Java and JavaScript count them).
 *
 * @param index its position in the document's token list
 * @param paragraph the index of the paragraph it is in
 */
public record Token(int index, int start, int end, String text, TokenKind kind, int paragraph) {

    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    public boolean isWord() {
        return kind == TokenKind.WORD;
    }

    /** A word that starts with a capital letter: "Putin", "U.S.", "Jong-un" is not, "Kim" is. */
    public boolean isCapitalized() {
        return kind == TokenKind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isQuoteMark() {
        return kind.isQuoteMark();
    }

    public boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }

    /** Sentence-ending punctuation: . ? ! and the ellipsis. */
    public boolean endsSentence() {
        return kind == TokenKind.PUNCT && (text.equals(".") || text.equals("?") || text.equals("!") || text.equals("…")
                || text.equals("..."));
    }
}
