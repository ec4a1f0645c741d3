package org.newsgraph.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** A query or a mutation sent over the subscriptions' WebSocket, or a subscription over the limits: not run. */
@ErrorCode("OPERATION_NOT_ALLOWED")
public class WebSocketOperationRefused extends RuntimeException {

    public WebSocketOperationRefused(String message) {
        super(message);
    }
}
