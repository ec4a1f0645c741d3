package org.newsgraph.graphql;

import java.util.Arrays;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether this server hides introspection: SmallRye GraphQL's {@code field-visibility} holds
 * {@code no-introspection} (in prod by default, see application.properties).
 */
final class IntrospectionSwitch {

    private static final String FIELD_VISIBILITY = "quarkus.smallrye-graphql.field-visibility";

    private IntrospectionSwitch() {
    }

    static boolean isOff() {
        return Holder.OFF;
    }

    /** Read once, when first asked: the setting is fixed for the life of the application. */
    private static final class Holder {
        static final boolean OFF = ConfigProvider.getConfig().getOptionalValue(FIELD_VISIBILITY, String.class)
                .map(visibility -> Arrays.stream(visibility.split(",")).map(String::trim).anyMatch("no-introspection"::equals))
                .orElse(false);
    }
}
