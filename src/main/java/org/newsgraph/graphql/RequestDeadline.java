package org.newsgraph.graphql;

import java.time.Duration;

import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Whether a field of a request is still worth fetching, asked before each one. Once the client has disconnected,
 * no further field is: the rest would cost database work whose answer nobody reads, on a session Quarkus has
 * already closed (the fields being fetched when it left fail, and {@link ErrorMapper} keeps those failures out of
 * the error log).
 *
 * <p>Every GraphQL request has a deadline ({@code newsgraph.api.request-deadline}), counted from when it reaches
 * /graphql: past it, no further field is fetched, and each field not fetched answers DEADLINE_EXCEEDED. A
 * client that asked for too much gets what was fetched in time, rather than a thread held for as long as it
 * takes. The check runs before each resolver, never inside one: a mutation is run whole or refused before
 * it starts, never cut in half.
 */
public class RequestDeadline implements EventingService {

    /** When the request must be done by, in {@link System#nanoTime} terms. */
    private static final String DEADLINE = "newsgraph.graphql-deadline";
    /** How long it was given. */
    private static final String ALLOWED = "newsgraph.graphql-deadline-allowed";

    /**
     * The route that starts the clock, first of all on /graphql. It stores JDK types only: SmallRye GraphQL
     * keeps this eventing service across dev mode's reloads, a class of the reloaded application would not
     * be the one it knows.
     */
    static Handler<RoutingContext> starting(Duration allowed) {
        return context -> {
            context.put(DEADLINE, System.nanoTime() + allowed.toNanos());
            context.put(ALLOWED, allowed);
            context.next();
        };
    }

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public void beforeDataFetch(Context context) {
        RoutingContext request = CurrentRequest.routingContext();
        if (request != null && request.response().closed()) {
            throw new ClientLeftException();
        }
        Long deadline = request == null ? null : request.get(DEADLINE);
        if (deadline != null && System.nanoTime() - deadline > 0) {
            Duration allowed = request.get(ALLOWED);
            throw new DeadlineExceededException("The request ran past its deadline of "
                    + allowed.toString().substring(2).toLowerCase() + ", so \"" + context.getFieldName()
                    + "\" was not fetched (a mutation was not run): ask for less at once");
        }
    }

    /** Never seen by a client: it has left. */
    static final class ClientLeftException extends RuntimeException {

        ClientLeftException() {
            super("The client disconnected before the answer was sent", null, false, false);
        }
    }
}
