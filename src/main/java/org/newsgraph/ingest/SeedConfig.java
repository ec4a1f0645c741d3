package org.newsgraph.ingest;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsgraph.seed")
public interface SeedConfig {

    /** Load the seed corpus into an empty database on start. */
    @WithDefault("true")
    boolean enabled();

    /** Annotated-article documents on the class path, imported in this order. */
    @WithDefault("seed/putin-invites-kim-to-russia.json,seed/putin-invites-comrade-kim-jong-un.json")
    List<String> documents();
}
