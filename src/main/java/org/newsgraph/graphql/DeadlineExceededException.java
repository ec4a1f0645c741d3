package org.newsgraph.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** The request ran past its deadline: the field was not fetched, the mutation not run. */
@ErrorCode("DEADLINE_EXCEEDED")
public class DeadlineExceededException extends RuntimeException {

    public DeadlineExceededException(String message) {
        super(message);
    }
}
