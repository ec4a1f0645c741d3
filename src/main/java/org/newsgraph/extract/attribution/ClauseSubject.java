package org.newsgraph.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.extract.names.Referents.Phrase;
import org.newsgraph.extract.text.Document;
import org.newsgraph.extract.text.Clauses;

/**
 * A partial quote with no verb of saying: the words are the subject's of the clause they stand in.
 * Kim Yong-nam sent his superior’s “sincere regards”. Kim Jong-un … canceled the trip due to “internal
 * affairs.” The subject is the nearest name before the quote that a finite verb follows. Only for
 * partial quotes, and with less confidence than the sieves before it.
 */
final class ClauseSubject implements Sieve {

    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "from", "of", "for", "to", "with", "by", "near",
            "on", "into", "about", "against");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "whose", "whom");

    @Override
    public String name() {
        return "clause-subject";
    }

    @Override
    public Optional<Attribution> attribute(QuoteContext context) {
        if (!context.quote().partial()) {
            return Optional.empty();
        }
        List<Phrase> subjects = subjects(context, context.reporterStartBefore(), context.quote().open());
        return subjects.isEmpty() ? Optional.empty()
                : Optional.of(new Attribution(subjects.get(subjects.size() - 1).entity(), -1, name(), 0.7))
                        .filter(Attribution::attributed);
    }

    /** The phrases between two tokens that a finite verb follows, in order. */
    static List<Phrase> subjects(QuoteContext context, int from, int to) {
        Document document = context.document();
        List<Phrase> subjects = new ArrayList<>();
        for (int i = from; i < to; i++) {
            int relativeClauseEnd = relativeClauseEnd(document, i, to);
            if (relativeClauseEnd > 0) {
                i = relativeClauseEnd; // "Marchand, who chairs the committee, called": no subject in it
                continue;
            }
            Optional<Phrase> phrase = context.referents().startingAt(i, context.speakers());
            if (phrase.isEmpty() || phrase.get().entity() < 0 && !document.token(i).isWord()) {
                continue;
            }
            if (i > 0 && PREPOSITIONS.contains(document.token(i - 1).lower())) {
                i = phrase.get().last(); // "who leads the opposition in Lisbon, called": Lisbon is no subject
                continue;
            }
            if (Clauses.verbAfterSubject(document, afterAffiliation(context, phrase.get().last() + 1), to) >= 0) {
                subjects.add(phrase.get());
            }
            i = phrase.get().last();
        }
        return subjects;
    }

    /** Past "of Osgood & Vance" after a person's name: "Priya Ramanathan of Osgood & Vance was more cautious". */
    private static int afterAffiliation(QuoteContext context, int from) {
        Document document = context.document();
        if (from + 1 >= document.size() || !Set.of("of", "at", "from").contains(document.token(from).lower())) {
            return from;
        }
        int named = document.token(from + 1).is("the") ? from + 2 : from + 1;
        return context.entities().mentionAt(named).filter(m -> m.first() == named).map(m -> m.last() + 1).orElse(from);
    }

    /**
     * The comma closing a relative clause that opens at a token, or -1: none opens there, or it runs on to
     * the quote ("…, which included a meeting where North Korea committed itself “…”").
     */
    private static int relativeClauseEnd(Document document, int first, int to) {
        if (first == 0 || !document.token(first - 1).is(",") || !RELATIVE_PRONOUNS.contains(document.token(first).lower())) {
            return -1;
        }
        for (int i = first + 1; i < to; i++) {
            if (document.token(i).is(",")) {
                return i;
            }
        }
        return -1;
    }
}
