package org.newsgraph.graphql;

/**
 * The {@code first} argument of a list nested in a node (a person's quotes): without it the list is
 * whole, as it always was; with it, at most that many items per parent, up to the page size limit.
 */
public final class NestedLimit {

    private NestedLimit() {
    }

    public static int of(Integer first, ApiConfig config) {
        if (first == null) {
            return Integer.MAX_VALUE;
        }
        if (first < 0) {
            throw new BadUserInputException("\"first\" must be 0 or more, not " + first);
        }
        if (first > config.maxPageSize()) {
            throw new BadUserInputException("\"first\" can be at most " + config.maxPageSize() + ", not " + first
                    + "; for more, use the root query with \"after\"");
        }
        return first;
    }
}
