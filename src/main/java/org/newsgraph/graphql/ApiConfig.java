package org.newsgraph.graphql;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsgraph.api")
public interface ApiConfig {

    /** Items in a page when the client gives no {@code first}. */
    @WithDefault("20")
    int defaultPageSize();

    /** The largest {@code first} a client may ask for; more is refused with BAD_USER_INPUT. */
    @WithDefault("100")
    int maxPageSize();

    /**
     * The largest GraphQL request body; more is refused with HTTP 413. A GraphQL request is read whole
     * before it runs, so it has a limit of its own, far under the bulk import's.
     */
    @WithDefault("10M")
    MemorySize maxRequestSize();

    /** The longest chain of nested fields a query may select, fragments spread out; deeper is refused. */
    @WithDefault("12")
    int maxQueryDepth();

    /**
     * The most fields a query may select, counting each field of each fragment spread and alias: its
     * complexity. More is refused before anything runs.
     */
    @WithDefault("500")
    int maxQueryFields();

    /**
     * How long a GraphQL request may run, from when it reaches /graphql; past it, no further field is fetched
     * (DEADLINE_EXCEEDED), and a mutation not yet started is not run.
     */
    @WithDefault("10s")
    Duration requestDeadline();
}
