package org.newsgraph.graphql;

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
}
