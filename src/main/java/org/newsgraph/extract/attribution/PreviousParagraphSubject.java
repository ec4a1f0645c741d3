package org.newsgraph.extract.attribution;

import java.util.Optional;

import org.newsgraph.entity.EntityKind;
import org.newsgraph.extract.names.Referents.Phrase;
import org.newsgraph.extract.text.Document;
import org.newsgraph.extract.text.Sentence;

/**
 * A paragraph that is nothing but a quote, after a paragraph of narration about someone: the feature
 * writer's way of letting them speak. Asked why it matters, she paused for a long time. ¶ “Because the
 * water comes back to all of us.” The speaker is the person the last sentence before is about. Least
 * certain of the sieves, so asked last.
 */
final class PreviousParagraphSubject implements Sieve {

    @Override
    public String name() {
        return "previous-paragraph-subject";
    }

    @Override
    public Optional<Attribution> attribute(QuoteContext context) {
        Document document = context.document();
        int open = context.quote().open();
        if (context.quote().partial() || open == 0 || document.token(open - 1).paragraph() == document.token(open).paragraph()) {
            return Optional.empty();
        }
        Sentence before = document.sentenceOf(open - 1);
        if (context.index() > 0 && context.quotes().get(context.index() - 1).close() >= before.first()) {
            return Optional.empty(); // the sentence before has a quote of its own: Continuation's case
        }
        return ClauseSubject.subjects(context, before.first(), before.last() + 1).stream()
                .map(Phrase::entity)
                .filter(entity -> entity >= 0 && context.entities().get(entity).kind() == EntityKind.PERSON)
                .filter(person -> !namedInTheQuote(context, person)) // “Macron has apologized for nothing.”
                .findFirst()
                .map(person -> new Attribution(person, -1, name(), 0.6));
    }

    private static boolean namedInTheQuote(QuoteContext context, int person) {
        for (int i = context.quote().open() + 1; i < context.quote().close(); i++) {
            if (context.entities().at(i).filter(e -> e.index() == person).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
