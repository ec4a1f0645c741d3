package org.newsgraph.config;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * A config source that answers a few properties when they are asked for, and lists none: the build lists
 * every source's properties and records their values, and asking would do the work the answer costs
 * (start a database, make a key) on the build machine and bake its result into the application.
 */
public abstract class UnlistedConfigSource implements ConfigSource {

    private final String name;
    private final int ordinal;

    protected UnlistedConfigSource(String name, int ordinal) {
        this.name = name;
        this.ordinal = ordinal;
    }

    @Override
    public final Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public final Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public final String getName() {
        return name;
    }

    @Override
    public final int getOrdinal() {
        return ordinal;
    }
}
