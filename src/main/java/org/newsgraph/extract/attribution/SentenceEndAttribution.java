package org.newsgraph.extract.attribution;

import java.util.Optional;

import org.newsgraph.extract.names.Referents.Phrase;
import org.newsgraph.extract.text.Document;

/**
 * The attribution that closes the sentence a quote stands in, after a comma: The weaknesses included the
 * “tone at the top” set by senior management, the chemicals maker said on Wednesday.
 */
final class SentenceEndAttribution implements Sieve {

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
            Optional<Phrase> subject = context.referents().startingAt(comma + 1, context.speakers());
            if (subject.isEmpty()) {
                return Optional.empty();
            }
            int verb = SpeechVerbAfterQuote.skipToVerb(context, subject.get().last() + 1, end, false);
            return verb < 0 || !endsClause(document, verb, end) ? Optional.empty()
                    : Optional.of(new Attribution(subject.get().entity(), -1, name(), 0.85)).filter(Attribution::attributed);
        }
        return Optional.empty();
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
