package org.newsgraph.extract.attribution;

import java.util.Optional;

import org.newsgraph.extract.names.Referents.Phrase;
import org.newsgraph.extract.text.Document;
import org.newsgraph.extract.text.Token;
import org.newsgraph.extract.text.TokenKind;

/**
 * The attribution that closes the sentence a quote stands in, after a comma: The weaknesses included the
 * “tone at the top” set by senior management, the chemicals maker said on Wednesday. An unnamed one
 * ("…, diplomats said.") is decided as such.
 */
final class SentenceEndAttribution implements Sieve {

    private static final int SUBJECT_REACH = 7;

    @Override
    public String name() {
        return "sentence-end";
    }

    @Override
    public Optional<Attribution> attribute(QuoteContext context) {
        Document document = context.document();
        int end = context.reporterEndAfter();
        for (int comma = end; comma > context.quote().close(); comma--) {
            if (!document.token(comma).text().equals(",")) {
                continue;
            }
            int verb = speechVerbAfter(context, comma + 1, end);
            if (verb < 0 || !endsClause(document, verb, end)) {
                return Optional.empty();
            }
            // "…, the chemicals maker said on Wednesday." names; "…, diplomats said." does not, and decides all the same
            int speaker = context.referents().startingAt(comma + 1, context.speakers())
                    .filter(s -> SpeechVerbAfterQuote.skipToVerb(context, s.last() + 1, end, false) == verb)
                    .map(Phrase::entity).orElse(-1);
            return Optional.of(new Attribution(speaker, -1, name(), speaker >= 0 ? 0.85 : 0));
        }
        return Optional.empty();
    }

    /** The verb of saying a few plain words after the comma, or -1. */
    private static int speechVerbAfter(QuoteContext context, int from, int end) {
        for (int k = from; k <= end && k <= from + SUBJECT_REACH; k++) {
            Token token = context.document().token(k);
            if (context.isSpeechVerb(token, false)) {
                return k > from ? k : -1;
            }
            if (!token.isWord() && token.kind() != TokenKind.POSSESSIVE) {
                return -1;
            }
        }
        return -1;
    }

    /** Nothing but adverbials after the verb: no comma, no clause of its own ("said on Wednesday."). */
    private static boolean endsClause(Document document, int verb, int end) {
        for (int i = verb + 1; i <= end; i++) {
            if (document.token(i).text().equals(",") || document.token(i).is("that")) {
                return false;
            }
        }
        return true;
    }
}
