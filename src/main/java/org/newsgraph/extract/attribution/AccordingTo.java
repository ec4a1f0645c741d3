package org.newsgraph.extract.attribution;

import java.util.Optional;

import org.newsgraph.extract.names.Referents.Phrase;
import org.newsgraph.extract.text.Document;

/** “…”, according to the company. According to Okafor, “…”. */
final class AccordingTo implements Sieve {

    @Override
    public String name() {
        return "according-to";
    }

    @Override
    public Optional<Attribution> attribute(QuoteContext context) {
        Optional<Attribution> before = find(context, context.reporterStartBefore(), context.quote().open() - 1);
        return before.isPresent() ? before : find(context, context.quote().close() + 1, context.reporterEndAfter());
    }

    private Optional<Attribution> find(QuoteContext context, int from, int to) {
        Document document = context.document();
        for (int i = from; i < to; i++) {
            if (document.token(i).is("according") && document.token(i + 1).is("to")) {
                Optional<Phrase> source = context.referents().startingAt(i + 2, context.speakers());
                if (source.isPresent() && source.get().entity() >= 0) {
                    return Optional.of(new Attribution(source.get().entity(), -1, name(), 0.9));
                }
            }
        }
        return Optional.empty();
    }
}
