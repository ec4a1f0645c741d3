package org.newsgraph.graphql;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP request a GraphQL execution answers, for the parts of SmallRye GraphQL (its eventing services)
 * that see only the execution: null outside of a request (a test calling a service, a batch).
 *
 * <p>Quarkus ends the CDI request context as soon as the client disconnects, while fields already being
 * fetched go on; so the request is also kept on its Vert.x duplicated context, which follows it to the worker
 * threads that fetch its fields and outlives a departed client.
 */
final class CurrentRequest {

    private static final String KEY = "newsgraph.graphql-request";

    private CurrentRequest() {
    }

    /** The route, first of all on /graphql, that keeps the request where an abandoned execution still finds it. */
    static void remember(RoutingContext context) {
        if (VertxContext.isOnDuplicatedContext()) {
            ContextLocals.put(KEY, context);
        }
        context.next();
    }

    static RoutingContext routingContext() {
        RoutingContext current = Arc.container().requestContext().isActive()
                ? Arc.container().instance(CurrentVertxRequest.class).get().getCurrent()
                : null;
        if (current == null && VertxContext.isOnDuplicatedContext()) {
            return ContextLocals.<RoutingContext> get(KEY).orElse(null);
        }
        return current;
    }

    /** The client closed the connection before its answer was sent: nobody is left to read it. */
    static boolean clientLeft() {
        RoutingContext context = routingContext();
        return context != null && context.response().closed();
    }
}
