package org.newsgraph.embedded;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.event.Observes;

/**
 * Stops the embedded server once the application is gone. {@code @Destroyed} rather than a
 * {@code ShutdownEvent}: the latter fires while the connection pool still holds open connections.
 */
@ApplicationScoped
class EmbeddedDatabaseShutdown {

    void stop(@Observes @Destroyed(ApplicationScoped.class) Object applicationContext) {
        EmbeddedDatabase.stop();
    }
}
