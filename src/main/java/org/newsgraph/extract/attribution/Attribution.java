package org.newsgraph.extract.attribution;

/**
 * Who said a quote, to whom, how sure we are, and which sieve decided (so that a wrong attribution can be
 * explained). Entities are indices into the article's entities; -1 for none.
 */
public record Attribution(int speaker, int addressee, String sieve, double confidence) {

    public static final Attribution NONE = new Attribution(-1, -1, "none", 0);

    public boolean attributed() {
        return speaker >= 0;
    }
}
