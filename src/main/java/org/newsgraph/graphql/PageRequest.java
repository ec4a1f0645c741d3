package org.newsgraph.graphql;

import java.util.Optional;

/**
 * The {@code first} and {@code after} arguments of a connection, checked: how many items the client
 * wants, and the decoded cursor of the item the page starts after.
 */
public record PageRequest(int first, Optional<Cursor> after) {

    public static PageRequest of(String connection, Integer first, String after, ApiConfig config) {
        int size = first == null ? config.defaultPageSize() : first;
        if (size < 0) {
            throw new BadUserInputException("\"first\" must be 0 or more, not " + size);
        }
        if (size > config.maxPageSize()) {
            throw new BadUserInputException("\"first\" can be at most " + config.maxPageSize() + ", not " + size
                    + "; page through the rest with \"after\"");
        }
        return new PageRequest(size, Optional.ofNullable(after).map(token -> Cursor.decode(connection, token)));
    }

    /** Rows to fetch: one more than asked, to learn whether there is a next page without counting. */
    public int fetchSize() {
        return first + 1;
    }
}
