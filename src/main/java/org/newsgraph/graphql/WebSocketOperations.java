package org.newsgraph.graphql;

import org.eclipse.microprofile.config.ConfigProvider;

import graphql.parser.Parser;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.config.SmallRyeConfig;
import io.vertx.ext.web.RoutingContext;

/**
 * What the WebSocket on /graphql may carry: subscriptions, within the limits any query is held to. Queries
 * and mutations go over HTTP, where {@link GraphQLRequestGuard} checks them, and the caller's right to send
 * them, before they run; over the socket they would pass those checks by. The check runs before the root
 * field is fetched, so a refused operation runs nothing.
 */
public class WebSocketOperations implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public void beforeDataFetch(Context context) {
        if (!isRootField(context) || !overWebSocket()) {
            return;
        }
        if (!"subscription".equalsIgnoreCase(context.getOperationType())) {
            throw new WebSocketOperationRefused("The WebSocket carries subscriptions only: send queries and mutations"
                    + " to /graphql over HTTP");
        }
        String excess = QuerySize.of(Parser.parse(context.getQuery())).excess(api());
        if (excess != null) {
            throw new WebSocketOperationRefused(excess);
        }
    }

    /** A field of the operation itself ("/articleIngested"), not one nested in what it returned. */
    private static boolean isRootField(Context context) {
        return context.getPath().lastIndexOf('/') == 0;
    }

    private static boolean overWebSocket() {
        RoutingContext request = CurrentRequest.routingContext();
        return request != null && "websocket".equalsIgnoreCase(request.request().getHeader("Upgrade"));
    }

    private static ApiConfig api() {
        return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(ApiConfig.class);
    }
}
