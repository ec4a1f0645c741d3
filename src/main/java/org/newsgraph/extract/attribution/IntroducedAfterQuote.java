package org.newsgraph.extract.attribution;

import java.util.Optional;

import org.newsgraph.entity.EntityKind;
import org.newsgraph.extract.names.DocumentEntity;
import org.newsgraph.extract.names.NameMention;
import org.newsgraph.extract.text.Document;
import org.newsgraph.extract.text.Sentence;

/**
 * A paragraph that opens with a quote and then introduces who said it, the feature writer's way in:
 * “I've shopped there for twenty years.” Philippa Nakashima-Grant, 52, a retired teacher, has been a member
 * since ...; “They told us to come back in six weeks.” That was how Amaya Feldstrom-Njoku summed up her
 * morning. The speaker is a person named for the first time near the start of the next sentence, not the
 * speaker of the paragraph before. Asked before Continuation, which would give the quote to that speaker.
 */
final class IntroducedAfterQuote implements Sieve {

    /** How far into the sentence after the quote the new person's name may start, in tokens. */
    private static final int NAME_REACH = 5;

    @Override
    public String name() {
        return "introduced-after-quote";
    }

    @Override
    public Optional<Attribution> attribute(QuoteContext context) {
        Document document = context.document();
        int open = context.quote().open();
        int close = context.quote().close();
        if (context.quote().partial() || open > 0 && document.token(open - 1).paragraph() == document.token(open).paragraph()
                || close + 1 >= document.size() || document.token(close + 1).paragraph() != document.token(close).paragraph()) {
            return Optional.empty(); // not a paragraph that opens with the quote and goes on after it
        }
        Sentence next = document.sentenceOf(close + 1);
        if (next.first() != close + 1) {
            return Optional.empty(); // the quote's own sentence goes on: the sieves before this one read it
        }
        for (int i = next.first(); i <= Math.min(next.last(), next.first() + NAME_REACH); i++) {
            Optional<DocumentEntity> entity = context.entities().at(i);
            int named = i;
            if (entity.isPresent()) {
                return entity.filter(e -> e.kind() == EntityKind.PERSON && firstNamedAt(e, named))
                        .map(person -> new Attribution(person.index(), -1, name(), 0.6));
            }
        }
        return Optional.empty();
    }

    /** Whether the article names the person here for the first time (outside quotes, too). */
    private static boolean firstNamedAt(DocumentEntity person, int token) {
        return person.mentions().stream().mapToInt(NameMention::first).min().orElse(token) >= token;
    }
}
