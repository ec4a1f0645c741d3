package org.newsgraph.graphql;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("INVALID_CURSOR")
public class InvalidCursorException extends RuntimeException {

    public InvalidCursorException(String connection) {
        super("The cursor given in \"after\" is not one this " + connection
                + " handed out; pass the endCursor or an edge cursor of a previous page");
    }
}
