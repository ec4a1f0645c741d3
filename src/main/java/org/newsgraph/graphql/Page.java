package org.newsgraph.graphql;

import java.util.List;
import java.util.function.Function;

/** The rows fetched for a page (one more than asked, when there are more), and how to write their cursors. */
public record Page<T>(List<T> rows, Function<T, String> cursorOf) {

    /** The page of a filter that cannot match anything, answered without asking the database. */
    public static <T> Page<T> empty() {
        return new Page<>(List.of(), item -> null);
    }
}
