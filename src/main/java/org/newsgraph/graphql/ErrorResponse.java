package org.newsgraph.graphql;

import java.util.List;

import org.newsgraph.auth.Access;

import graphql.language.SourceLocation;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * A refusal answered before GraphQL runs, in the shape of a GraphQL response: {@code errors} with a
 * message and an {@code extensions.code}, so that a client reads every error the same way.
 */
public final class ErrorResponse {

    private ErrorResponse() {
    }

    /**
     * Sends the refusal. A response without data is a failed request: a client of
     * {@code application/graphql-response+json} gets 400 where a legacy {@code application/json} one gets 200.
     */
    public static void send(RoutingContext context, int status, String message, String code, SourceLocation location) {
        boolean readsStatuses = GraphQLResponseStatus.acceptsGraphQLResponse(context);
        JsonObject error = new JsonObject().put("message", message);
        if (location != null) {
            error.put("locations", new JsonArray(List.of(new JsonObject()
                    .put("line", location.getLine()).put("column", location.getColumn()))));
        }
        error.put("extensions", new JsonObject().put(ErrorMapper.CODE, code));
        context.response()
                .setStatusCode(status == 200 && readsStatuses ? 400 : status)
                .putHeader(HttpHeaders.CONTENT_TYPE, readsStatuses ? GraphQLResponseStatus.GRAPHQL_RESPONSE : "application/json")
                .end(new JsonObject().put("errors", new JsonArray(List.of(error))).encode());
    }

    /** A caller refused: 401 (with the scheme to authenticate with) or 403. */
    public static void refuse(RoutingContext context, Access.Refusal refusal) {
        if (refusal.status() == 401) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
        }
        send(context, refusal.status(), refusal.message(), refusal.code(), null);
    }
}
