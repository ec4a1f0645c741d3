package org.newsgraph.extract.attribution;

import java.util.Optional;
import java.util.Set;

import org.newsgraph.entity.EntityKind;
import org.newsgraph.extract.quotes.QuoteSpan;
import org.newsgraph.extract.text.Clauses;
import org.newsgraph.extract.text.Document;

/**
 * A quote that carries on what the previous speaker said: the next quote in the same paragraph (“…,”
 * Putin said. “…”), or a paragraph that opens with a quote right after a paragraph whose last quote had a
 * speaker, with no one else named in between.
 */
final class Continuation implements Sieve {

    /** How many tokens a lead-in before a colon may have: "Then, more seriously:". */
    private static final int LEAD_IN_TOKENS = 6;
    /** What a lead-in that goes on with the same speaker opens with: "Then, more seriously:", "And on the derby:". */
    private static final Set<String> LEAD_IN_OPENERS = Set.of("then", "and", "but", "later", "finally", "again", "also",
            "still", "now", "on", "asked");

    @Override
    public String name() {
        return "continuation";
    }

    @Override
    public Optional<Attribution> attribute(QuoteContext context) {
        if (context.index() == 0) {
            return Optional.empty();
        }
        Document document = context.document();
        QuoteSpan quote = context.quote();
        int before = context.index() - 1;
        while (before > 0 && context.earlier().get(before).sieve().equals(WrittenWords.NAME)) {
            before--; // “…,” Kamaran said under a banner that read “One Sea”. “…”: Kamaran goes on
        }
        QuoteSpan previous = context.quotes().get(before);
        Attribution said = context.earlier().get(before);
        if (!said.attributed()) {
            return Optional.empty();
        }
        int quoteParagraph = document.token(quote.open()).paragraph();
        int previousParagraph = document.token(previous.close()).paragraph();
        boolean sameParagraph = quoteParagraph == previousParagraph;
        boolean nextParagraph = quoteParagraph == previousParagraph + 1
                && (isParagraphStart(document, quote.open()) || afterLeadIn(context, quote.open()))
                && endsItsParagraph(context, previous);
        if (!sameParagraph && !nextParagraph) {
            return Optional.empty();
        }
        // names in the previous quote's own attribution ("Seo told Diallo") are not someone else speaking
        int afterAttribution = Math.min(document.sentenceOf(previous.close()).last() + 1, quote.open());
        if (someoneElseNamedBetween(context, afterAttribution, quote.open(), said.speaker())) {
            return Optional.empty();
        }
        return Optional.of(new Attribution(said.speaker(), -1, name(), 0.8));
    }

    private static boolean isParagraphStart(Document document, int token) {
        return token == 0 || document.token(token - 1).paragraph() != document.token(token).paragraph();
    }

    /**
     * "Then, more seriously: “…”", "And on the title race: “…”": a paragraph that opens with a few words and a colon
     * before its quote, a lead-in of going on with no one named and no verb, goes on with the speaker before it as a
     * bare quote would.
     */
    private static boolean afterLeadIn(QuoteContext context, int open) {
        Document document = context.document();
        if (open < 2 || !document.token(open - 1).is(":")) {
            return false;
        }
        int start = open - 1;
        while (start > 0 && document.token(start - 1).paragraph() == document.token(open).paragraph()) {
            start--;
        }
        if (open - 1 - start > LEAD_IN_TOKENS || !LEAD_IN_OPENERS.contains(document.token(start).lower())) {
            return false; // "From the opposition benches: “Resign!”": someone else
        }
        for (int k = start; k < open - 1; k++) {
            if (context.entities().at(k).isPresent() || Clauses.looksFinite(document.token(k))) {
                return false;
            }
        }
        return true;
    }

    /** Nothing but its attribution follows the previous quote in its paragraph. */
    private static boolean endsItsParagraph(QuoteContext context, QuoteSpan previous) {
        Document document = context.document();
        int paragraph = document.token(previous.close()).paragraph();
        int end = previous.close();
        while (end + 1 < document.size() && document.token(end + 1).paragraph() == paragraph) {
            end++;
        }
        return document.sentenceOf(end).index() == document.sentenceOf(previous.close()).index();
    }

    private static boolean someoneElseNamedBetween(QuoteContext context, int from, int to, int speaker) {
        for (int i = from; i < to; i++) {
            if (context.referents().insideQuote(i)) {
                continue;
            }
            int entity = context.entities().at(i).map(e -> e.index()).orElse(speaker);
            if (entity != speaker && context.entities().get(entity).kind() == EntityKind.PERSON) {
                return true;
            }
        }
        return false;
    }
}
