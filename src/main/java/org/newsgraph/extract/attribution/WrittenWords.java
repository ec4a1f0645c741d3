package org.newsgraph.extract.attribution;

import java.util.Optional;
import java.util.Set;

import org.newsgraph.extract.text.Document;

/**
 * Words a thing carries, which nobody speaks: a banner that read “One Sea, One Future”, a placard reading
 * “Kids Not Cuts”, a sign saying “Closed”. Decided first, so that no later sieve hands them to the speaker
 * of the quote before.
 */
final class WrittenWords implements Sieve {

    static final String NAME = "written-words";

    private static final Set<String> READING = Set.of("read", "reads", "reading", "said", "says", "saying", "proclaimed",
            "proclaiming", "declared", "declaring");
    private static final Set<String> THINGS = Set.of("sign", "signs", "banner", "banners", "placard", "placards", "poster",
            "posters", "t-shirt", "t-shirts", "shirt", "shirts", "headline", "slogan", "inscription", "plaque", "billboard",
            "graffiti", "caption", "sticker", "flag", "flags", "board", "notice", "message");
    /** How far before the verb the thing may stand: "a banner strung across Kettle Bridge last weekend read". */
    private static final int REACH = 8;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Attribution> attribute(QuoteContext context) {
        Document document = context.document();
        int verb = context.quote().open() - 1;
        if (verb > 0 && (document.token(verb).is(":") || document.token(verb).is(","))) {
            verb--;
        }
        if (verb > 0 && Set.of("simply", "only", "just").contains(document.token(verb).lower())) {
            verb--; // "a banner read simply “Whose river?”"
        }
        boolean colon = context.quote().open() > 0 && document.token(context.quote().open() - 1).is(":");
        if (verb < 0 || !READING.contains(document.token(verb).lower()) && !colon) {
            return Optional.empty(); // "the bell carries an inscription Ingrid chose: “…”" needs no verb
        }
        int start = context.reporterStartBefore();
        for (int k = verb - 1; k >= start && k >= verb - REACH; k--) {
            if (THINGS.contains(document.token(k).lower())) {
                return Optional.of(new Attribution(-1, -1, name(), 0));
            }
        }
        return Optional.empty();
    }
}
