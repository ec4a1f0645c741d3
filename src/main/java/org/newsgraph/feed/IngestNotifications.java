package org.newsgraph.feed;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * The ids of articles as they are ingested, heard from PostgreSQL (LISTEN article_ingested: an ingest's edit
 * row notifies it, V7), rather than from this process: so every replica's subscribers hear of every ingest,
 * whichever replica or bulk import stored it, and only once its transaction has committed. One connection of
 * the pool listens while the service runs; when the database goes away, it listens again once it is back.
 */
@ApplicationScoped
public class IngestNotifications {

    private static final Logger LOG = Logger.getLogger(IngestNotifications.class);
    private static final String CHANNEL = "article_ingested";
    /** How long one wait for notifications lasts: how soon the listener sees that the service stops. */
    private static final int WAIT_MILLIS = 500;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final BroadcastProcessor<Long> ingested = BroadcastProcessor.create();
    private volatile boolean running;
    private Thread listener;

    @Inject
    AgroalDataSource dataSource;

    /** Every article id from now on, to each subscriber, as long as it stays subscribed. */
    public Multi<Long> ingested() {
        return ingested;
    }

    void start(@Observes StartupEvent started) {
        running = true;
        listener = new Thread(this::listen, "newsgraph-ingest-notifications");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        listener.join(2 * WAIT_MILLIS);
        ingested.onComplete();
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("listen " + CHANNEL);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] heard = notifications.getNotifications(WAIT_MILLIS);
                    if (heard != null) { // none in the time waited
                        for (PGNotification notification : heard) {
                            ingested.onNext(Long.valueOf(notification.getParameter()));
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("The live feed of ingested articles lost the database (%s); it listens again in %d s",
                            e.getMessage(), RETRY_AFTER.toSeconds());
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_AFTER.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
