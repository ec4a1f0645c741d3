package org.newsgraph.extract.attribution;

import java.util.Optional;
import java.util.Set;

import org.newsgraph.extract.text.Document;

/**
 * A name given to something, which nobody says as they speak: Rovers, nicknamed “the Gulls”; the so-called
 * “orange zone”; a plan known as “Project Keystone”. Decided first, so that no later sieve hands the name to
 * the subject of its sentence.
 */
final class NameGiven implements Sieve {

    /** Words right before a quoted name: "nicknamed", "dubbed", "so-called", "codenamed", "entitled". */
    private static final Set<String> NAMING = Set.of("nicknamed", "dubbed", "so-called", "codenamed", "code-named",
            "entitled", "titled");

    @Override
    public String name() {
        return "name-given";
    }

    @Override
    public Optional<Attribution> attribute(QuoteContext context) {
        Document document = context.document();
        int before = context.quote().open() - 1;
        if (before < 0) {
            return Optional.empty();
        }
        String word = document.token(before).lower();
        boolean knownAs = word.equals("as") && before > 0 && document.token(before - 1).lower().equals("known");
        return NAMING.contains(word) || knownAs ? Optional.of(new Attribution(-1, -1, name(), 0)) : Optional.empty();
    }
}
