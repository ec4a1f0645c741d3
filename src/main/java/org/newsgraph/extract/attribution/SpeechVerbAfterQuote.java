package org.newsgraph.extract.attribution;

import java.util.Optional;
import java.util.Set;

import org.newsgraph.extract.Lexicons.SpeechVerb;
import org.newsgraph.extract.names.Referents.Phrase;
import org.newsgraph.extract.text.Document;
import org.newsgraph.extract.text.Token;

/**
 * The commonest and surest pattern of news copy: the attribution right after the quote. “…,” Putin said.
 * “…,” said the minister. “…,” Okafor, the mayor, told reporters. “…,” he said. After a quote that ends
 * in a comma, a question or an exclamation mark, the verb that follows is its verb of saying however
 * seldom it means speech elsewhere: “…,” she laughed.
 */
final class SpeechVerbAfterQuote implements Sieve {

    static final Set<String> ADVERBS = Set.of("also", "later", "then", "again", "further", "previously", "earlier",
            "once", "recently", "simply", "just", "only", "still", "now", "eventually", "separately", "initially",
            "repeatedly", "quickly", "firmly", "flatly", "has", "had", "have", "would", "will", "was", "is",
            "told", "reportedly", "reporters", "angrily", "calmly", "bluntly", "publicly", "privately");

    @Override
    public String name() {
        return "speech-verb-after";
    }

    @Override
    public Optional<Attribution> attribute(QuoteContext context) {
        Document document = context.document();
        int end = context.reporterEndAfter();
        int i = context.quote().close() + 1;
        while (i <= end && isLeadingPunctuation(document.token(i))) {
            i++;
        }
        if (i > end || document.token(i).paragraph() != document.token(context.quote().close()).paragraph()) {
            return Optional.empty();
        }
        boolean weakToo = endsOpen(context);
        int verb = i;
        if (context.isSpeechVerb(document.token(verb), weakToo)) { // “…,” said Putin
            Optional<Phrase> speaker = context.referents().startingAt(verb + 1, context.speakers());
            return speaker.map(p -> attribution(context, p.entity(), verb, p.last()));
        }
        Optional<Phrase> subject = context.referents().startingAt(i, context.speakers());
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        int after = skipToVerb(context, subject.get().last() + 1, end, weakToo);
        return after < 0 ? Optional.empty() : Optional.of(attribution(context, subject.get().entity(), after, after));
    }

    /** After the subject: an appositive between commas, and adverbs, may come before the verb. */
    static int skipToVerb(QuoteContext context, int from, int end, boolean weakToo) {
        Document document = context.document();
        int k = from;
        if (k <= end && document.token(k).text().equals(",")) {
            int closing = k + 1;
            while (closing <= end && closing - k <= 12 && !document.token(closing).text().equals(",")) {
                closing++;
            }
            k = closing <= end ? closing + 1 : k;
        }
        while (k <= end && ADVERBS.contains(document.token(k).lower()) && !context.isSpeechVerb(document.token(k), false)) {
            k++;
        }
        return k <= end && context.isSpeechVerb(document.token(k), weakToo) ? k : -1;
    }

    /** The speaker, and, for "told", whom it was told to. */
    static Attribution attribution(QuoteContext context, int speaker, int verb, int after) {
        Optional<SpeechVerb> speech = context.lexicons().speechVerb(context.document().token(verb).text());
        int addressee = -1;
        if (speech.isPresent() && speech.get().takesAddressee() && after + 1 < context.document().size()) {
            addressee = context.referents().startingAt(after + 1, context.speakers()).map(Phrase::entity).orElse(-1);
        }
        return new Attribution(speaker, addressee == speaker ? -1 : addressee, "speech-verb-after", 0.95);
    }

    /** “…,” “…?” “…!”: the quoted sentence runs on into the reporter's. */
    private static boolean endsOpen(QuoteContext context) {
        int close = context.quote().close();
        return close > 0 && Set.of(",", "?", "!").contains(context.document().token(close - 1).text());
    }

    private static boolean isLeadingPunctuation(Token token) {
        return Set.of(",", "?", "!", "—", "–", "-", ".").contains(token.text()) && !token.text().equals(".");
    }
}
