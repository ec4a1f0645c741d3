package org.newsgraph.graphql;

import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;

/**
 * Once the client has disconnected, no further field is fetched: the rest of its request would cost the
 * database work whose answer nobody reads, on a session Quarkus has already closed. The fields that were
 * being fetched when it left fail, and {@link ErrorMapper} keeps those failures out of the error log.
 */
public class AbandonedRequest implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public void beforeDataFetch(Context context) {
        if (CurrentRequest.clientLeft()) {
            throw new ClientLeftException();
        }
    }

    /** Never seen by a client: it has left. */
    static final class ClientLeftException extends RuntimeException {

        ClientLeftException() {
            super("The client disconnected before the answer was sent", null, false, false);
        }
    }
}
