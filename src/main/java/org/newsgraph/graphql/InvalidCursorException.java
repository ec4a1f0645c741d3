package org.newsgraph.graphql;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("INVALID_CURSOR")
public class InvalidCursorException extends RuntimeException {

    public InvalidCursorException() {
        super("The cursor given in \"after\" was not handed out by this list with these arguments; pass the"
                + " endCursor, or an edge's cursor, of a page of the same query");
    }
}
