package org.newsgraph.graphql;

import java.time.Duration;

import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Every GraphQL request has a deadline ({@code newsgraph.api.request-deadline}), counted from when it reaches
 * /graphql: past it, no further field is fetched, and each field not fetched answers DEADLINE_EXCEEDED. A
 * client that asked for too much gets what was fetched in time, rather than a thread held for as long as it
 * takes. The check runs before each resolver, never inside one: a mutation is run whole or refused before
 * it starts, never cut in half.
 */
public class RequestDeadline implements EventingService {

    private static final String DEADLINE = "newsgraph.graphql-deadline";

    /** When the request must be done by (in {@link System#nanoTime} terms), and how long it was given. */
    private record Deadline(long nanoTime, Duration allowed) {

        boolean passed() {
            return System.nanoTime() - nanoTime > 0;
        }
    }

    /** The route that starts the clock, first of all on /graphql. */
    static Handler<RoutingContext> starting(Duration allowed) {
        return context -> {
            context.put(DEADLINE, new Deadline(System.nanoTime() + allowed.toNanos(), allowed));
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
        Deadline deadline = request == null ? null : request.get(DEADLINE);
        if (deadline != null && deadline.passed()) {
            throw new DeadlineExceededException("The request ran past its deadline of "
                    + deadline.allowed().toString().substring(2).toLowerCase() + ", so \"" + context.getFieldName()
                    + "\" was not fetched (a mutation was not run): ask for less at once");
        }
    }
}
