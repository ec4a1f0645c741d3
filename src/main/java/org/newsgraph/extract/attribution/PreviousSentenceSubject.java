package org.newsgraph.extract.attribution;

import java.util.Optional;

import org.newsgraph.entity.EntityKind;
import org.newsgraph.extract.names.Referents.Phrase;
import org.newsgraph.extract.text.Document;
import org.newsgraph.extract.text.Token;

/**
 * A quote that is a sentence of its own, after a sentence of narration about someone: the feature
 * writer's way of letting them speak. Asked why it matters, she paused for a long time. ¶ “Because the
 * water comes back to all of us.” Asked about the title race, Doyle was cautious. “It's one game.” Doyle
 * was blunt: “We were poor.” The speaker is the person the narration is about. Least certain of the
 * sieves, so asked last.
 */
final class PreviousSentenceSubject implements Sieve {

    @Override
    public String name() {
        return "previous-sentence-subject";
    }

    @Override
    public Optional<Attribution> attribute(QuoteContext context) {
        Document document = context.document();
        int open = context.quote().open();
        if (context.quote().partial() || open == 0) {
            return Optional.empty();
        }
        Token before = document.token(open - 1);
        boolean newParagraph = before.paragraph() != document.token(open).paragraph();
        if (!newParagraph && !before.endsSentence() && !before.is(":")) {
            return Optional.empty(); // inside the reporter's sentence: the sieves before this one read it
        }
        int from = before.is(":") ? context.reporterStartBefore() : document.sentenceOf(open - 1).first();
        if (context.index() > 0 && context.quotes().get(context.index() - 1).close() >= from) {
            return Optional.empty(); // the narration has a quote of its own: Continuation's case
        }
        return ClauseSubject.subjects(context, from, open).stream()
                .map(Phrase::entity)
                .filter(entity -> entity >= 0 && context.entities().get(entity).kind() == EntityKind.PERSON)
                .filter(person -> !namedInTheQuote(context, person)) // “Macron has apologized for nothing.”
                .findFirst()
                .map(person -> new Attribution(person, -1, name(), 0.6));
    }

    /** Named in the quote's first paragraph: "People say to me, Amina, you should leave" three paragraphs on is her own. */
    private static boolean namedInTheQuote(QuoteContext context, int person) {
        int paragraph = context.document().token(context.quote().open()).paragraph();
        for (int i = context.quote().open() + 1; i < context.quote().close() && context.document().token(i).paragraph() == paragraph; i++) {
            if (context.entities().at(i).filter(e -> e.index() == person).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
