package org.newsgraph.graphql;

/**
 * The {@code first} argument of a list nested in a node (a person's quotes): without it the list is
 * whole, as it always was; with it, at most that many items per parent, up to the page size limit.
 */
public final class NestedLimit {

    private NestedLimit() {
    }

    public static int of(Integer first, ApiConfig config) {
        return first == null ? Integer.MAX_VALUE
                : PageRequest.checkedSize(first, config, "for more, use the root query with \"after\"");
    }
}
