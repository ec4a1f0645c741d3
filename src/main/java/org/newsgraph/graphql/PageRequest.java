package org.newsgraph.graphql;

import java.util.Optional;

/**
 * The {@code first} and {@code after} arguments of a connection, checked: how many items the client
 * wants, and the decoded cursor of the item the page starts after.
 *
 * @param scope what the page's cursors belong to: the list and the arguments it was asked with
 */
public record PageRequest(String scope, int first, Optional<Cursor> after) {

    /**
     * @param connection the list, "articles"
     * @param arguments the other arguments it was asked with (a record, or null): a cursor of a page of
     *     another search is refused rather than read as a place in this one
     */
    public static PageRequest of(String connection, Object arguments, Integer first, String after, ApiConfig config) {
        String scope = connection + "#" + Integer.toHexString(String.valueOf(arguments).hashCode());
        int size = checkedSize(first == null ? config.defaultPageSize() : first, config, "page through the rest with \"after\"");
        return new PageRequest(scope, size, Optional.ofNullable(after).map(token -> Cursor.decode(scope, token)));
    }

    /** A {@code first} within its bounds, or BAD_USER_INPUT saying them; {@code forMore} says how to get more. */
    static int checkedSize(int first, ApiConfig config, String forMore) {
        if (first < 0) {
            throw new BadUserInputException("\"first\" must be 0 or more, not " + first);
        }
        if (first > config.maxPageSize()) {
            throw new BadUserInputException("\"first\" can be at most " + config.maxPageSize() + ", not " + first
                    + "; " + forMore);
        }
        return first;
    }

    /** Rows to fetch: one more than asked, to learn whether there is a next page without counting. */
    public int fetchSize() {
        return first + 1;
    }
}
