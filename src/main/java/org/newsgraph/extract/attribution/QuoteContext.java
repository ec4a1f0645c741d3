package org.newsgraph.extract.attribution;

import java.util.List;
import java.util.Set;

import org.newsgraph.extract.Lexicons;
import org.newsgraph.extract.names.DocumentEntities;
import org.newsgraph.extract.names.Referents;
import org.newsgraph.extract.quotes.QuoteSpan;
import org.newsgraph.extract.text.Document;
import org.newsgraph.extract.text.Sentence;
import org.newsgraph.extract.text.Token;
import org.newsgraph.extract.text.TokenKind;

/**
 * What a sieve sees of a quote: the quote, the document around it, the article's entities, and the
 * attributions already made for the quotes before it.
 */
record QuoteContext(Document document, List<QuoteSpan> quotes, int index, List<Attribution> earlier,
        List<Integer> speakers, DocumentEntities entities, Referents referents, Lexicons lexicons) {

    /** Words of an amount, after which a verb of saying is a noun: "a $5 billion share buyback". */
    private static final Set<String> AMOUNTS = Set.of("million", "billion", "trillion", "thousand", "hundred");
    /** Words before a noun that make "said" or "claims" one: "the claims", "his statement". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "this", "that",
            "our", "my");
    private static final Set<String> ASKS_OR_EXCLAIMS = Set.of("?", "!");

    QuoteSpan quote() {
        return quotes.get(index);
    }

    /** The sentence the opening mark is in. */
    Sentence openingSentence() {
        return document.sentenceOf(quote().open());
    }

    /** The sentence the closing mark is in. */
    Sentence closingSentence() {
        return document.sentenceOf(quote().close());
    }

    /**
     * The first token of the reporter's words before the quote: the start of its sentence, or the token
     * after the closing mark of an earlier quote in the same sentence.
     */
    int reporterStartBefore() {
        int start = openingSentence().first();
        // quotes come in order and never overlap: only the one just before can close inside this sentence
        int previousClose = index > 0 ? quotes.get(index - 1).close() : -1;
        return previousClose >= start ? previousClose + 1 : start;
    }

    /** The last token of the reporter's words after the quote, before its sentence ends or another quote opens. */
    int reporterEndAfter() {
        int end = closingSentence().last();
        int close = quote().close();
        boolean asksOrExclaims = close > 0 && ASKS_OR_EXCLAIMS.contains(document.token(close - 1).text());
        if (end == close && asksOrExclaims && close + 1 < document.size()
                && document.token(close + 1).paragraph() == document.token(close).paragraph()) {
            // “… on election day?” Mr Pyne said. The question mark ended a sentence; the attribution follows it
            end = document.sentenceOf(close + 1).last();
        }
        if (index + 1 < quotes.size() && quotes.get(index + 1).open() <= end) {
            return quotes.get(index + 1).open() - 1;
        }
        return end;
    }

    boolean isSpeechVerb(Token token, boolean weakToo) {
        return lexicons.speechVerb(token.text())
                .filter(verb -> weakToo || verb.strength() != Lexicons.Strength.WEAK)
                .isPresent() && token.isWord();
    }

    /**
     * The length in tokens of the time expression that ends at a token ("last month", "on Tuesday",
     * "earlier this week"), or 0.
     */
    int timeExpressionEndingAt(int last) {
        for (int length = Math.min(4, last + 1); length > 0; length--) {
            int first = last - length + 1;
            if (lexicons.timeWord(document.text(document.token(first), document.token(last))).isPresent()) {
                return first > 0 && document.token(first - 1).is("on") ? length + 1 : length;
            }
        }
        return 0;
    }

    /** A verb of saying, not the noun of the same spelling: "the claim", "his statement", "the minister’s remarks". */
    boolean isSpeechVerbAt(int i, boolean weakToo) {
        if (!isSpeechVerb(document.token(i), weakToo)) {
            return false;
        }
        Token before = i == 0 ? null : document.token(i - 1);
        // "its statement", "the company's report", "a $5 billion share buyback": nouns
        return before == null || before.kind() != TokenKind.POSSESSIVE && before.kind() != TokenKind.NUMBER
                && !DETERMINERS.contains(before.lower()) && !AMOUNTS.contains(before.lower());
    }

    /** "he", "she", "it": a subject the referents may or may not resolve. */
    boolean isPronoun(int token) {
        return Referents.isSubjectPronoun(document.token(token));
    }
}
