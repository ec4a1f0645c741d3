package org.newsgraph.extract.quotes;

/**
 * A quotation found in the body.
 *
 * @param open the token index of the opening mark
 * @param close the token index of the closing mark; for a quote over several paragraphs, the last one
 * @param first the token index of the first quoted token
 * @param last the token index of the last quoted token
 * @param start offset of the first quoted character
 * @param end offset just past the last quoted character (a trailing comma, and for a partial quote a
 *     trailing period, left out: they are the reporter's punctuation)
 * @param partial a few words inside the reporter's own sentence, not the speaker's whole sentence
 * @param doubtful short and unlike speech ("called it “unacceptable”" or a scare quote): kept only if
 *     a sentence-level sieve finds who said it
 */
public record QuoteSpan(int open, int close, int first, int last, int start, int end, String text, boolean partial,
        boolean doubtful) {
}
