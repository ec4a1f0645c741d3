package org.newsgraph.storage;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs work in a transaction of its own, again when PostgreSQL broke it off for a conflict with another
 * transaction (a deadlock, a serialization failure, a row deleted under it) rather than for anything wrong
 * with the work: the
 * caller sees the outcome of a clean attempt, never the conflict. Inside a transaction already under
 * way the work simply joins it, since only its owner can start it again.
 */
public final class Transactions {

    /**
     * deadlock_detected and serialization_failure: the transaction lost a race and may simply run again;
     * foreign_key_violation: it referred to a row that a concurrent transaction deleted (an extractor's
     * entity that hand annotations replaced), which its next run will not find, and will create anew.
     */
    private static final Set<String> CONFLICTS = Set.of("40P01", "40001", "23503");
    static final int ATTEMPTS = 4;

    private Transactions() {
    }

    public static <T> T retryingConflicts(Supplier<T> work) {
        if (QuarkusTransaction.isActive()) {
            return work.get();
        }
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(work::get);
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                Log.debugf("Transaction attempt %d lost a conflict (%s); running it again", attempt, e.getMessage());
                backOff(attempt);
            }
        }
    }

    static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && CONFLICTS.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A short random pause, longer each time, so that the transactions that collided do not collide again. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep((long) (Math.random() * 20 * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to run a transaction again", e);
        }
    }
}
