package org.newsgraph.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsgraph.ingest")
public interface IngestConfig {

    /** The longest body accepted, in characters; a long feature runs to about 60,000. */
    @WithDefault("100000")
    int maxBodyLength();
}
