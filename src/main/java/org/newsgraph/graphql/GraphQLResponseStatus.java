package org.newsgraph.graphql;

import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP status GraphQL over HTTP asks for: a client that accepts {@code application/graphql-response+json}
 * gets 400 for a request that failed before it ran (it does not parse or validate: the response has no
 * {@code data}); one that accepts only {@code application/json} gets 200, as the spec keeps for legacy
 * clients. SmallRye GraphQL answers the media type but always with 200.
 */
final class GraphQLResponseStatus {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String REQUEST_FAILED = "newsgraph.graphql-request-failed";

    private GraphQLResponseStatus() {
    }

    /** Whether the client accepts the GraphQL response media type (and so reads statuses as the spec says). */
    static boolean acceptsGraphQLResponse(RoutingContext context) {
        String accept = context.request().getHeader("Accept");
        return accept != null && accept.contains(GRAPHQL_RESPONSE);
    }

    /**
     * Before SmallRye answers a client that reads statuses: the status is settled when the headers are
     * written, after SmallRye has set its 200.
     */
    static void watch(RoutingContext context) {
        if (acceptsGraphQLResponse(context)) {
            context.addHeadersEndHandler(ignored -> {
                if (Boolean.TRUE.equals(context.get(REQUEST_FAILED))) {
                    context.response().setStatusCode(400);
                }
            });
        }
        context.next();
    }

    /** The request being answered failed before execution (ErrorMapper saw no data). */
    static void requestFailed() {
        RoutingContext context = CurrentRequest.routingContext();
        if (context != null) {
            context.put(REQUEST_FAILED, true);
        }
    }
}
