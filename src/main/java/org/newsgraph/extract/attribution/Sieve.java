package org.newsgraph.extract.attribution;

import java.util.Optional;

/**
 * One way of telling who said a quote. A sieve decides or passes; the attributor asks them in order,
 * most certain first, as Stanford CoreNLP's quote attribution does.
 */
interface Sieve {

    /** The sieve's name, reported with each attribution it makes. */
    String name();

    Optional<Attribution> attribute(QuoteContext context);
}
