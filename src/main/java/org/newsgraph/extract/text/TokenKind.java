package org.newsgraph.extract.text;

/** What a token is. Quote marks come in kinds because which way they face is half of quote detection. */
public enum TokenKind {
    WORD,
    NUMBER,
    PUNCT,
    /** “ „ « and a straight " that opens */
    OPEN_DOUBLE,
    /** ” » and a straight " that closes */
    CLOSE_DOUBLE,
    /** ‘ and a straight ' that opens */
    OPEN_SINGLE,
    /** ’ or ' after a word, before a space: closes a single quote, or is the apostrophe of "leaders’" */
    CLOSE_SINGLE,
    /** the 's of a possessive: "Russia’s" is Russia + ’s */
    POSSESSIVE,
    /** e-mail addresses, handles, URLs: never names, never words of a sentence */
    OTHER;

    public boolean isQuoteMark() {
        return this == OPEN_DOUBLE || this == CLOSE_DOUBLE || this == OPEN_SINGLE || this == CLOSE_SINGLE;
    }
}
