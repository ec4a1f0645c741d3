package org.newsgraph.graphql;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP request a GraphQL execution answers, for the parts of SmallRye GraphQL (its eventing services)
 * that see only the execution: null outside of a request (a test calling a service, a batch).
 */
final class CurrentRequest {

    private CurrentRequest() {
    }

    static RoutingContext routingContext() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        return Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
    }
}
