package org.newsgraph.graphql;

import java.sql.SQLException;
import java.util.function.Predicate;

/**
 * Whether a failure is the database being away (stopped, restarting, unreachable, or the pool waiting for
 * a connection past its limit) rather than a bug: the client is told to try again, and the log gets one
 * line instead of a stack trace per request while it lasts.
 */
final class DatabaseUnavailable {

    /** SQLSTATE classes: 08 connection exception, 57P operator intervention (shutdown, cannot connect now). */
    private static final String CONNECTION_EXCEPTION = "08";
    private static final String OPERATOR_INTERVENTION = "57P";

    private DatabaseUnavailable() {
    }

    /** SQLSTATE query_canceled: a statement stopped by the statement timeout. */
    private static final String QUERY_CANCELED = "57014";

    static boolean causes(Throwable failure) {
        return sqlCause(failure, DatabaseUnavailable::isUnavailable) != null;
    }

    /** Whether the statement timeout stopped a statement: the database is there, the question too large. */
    static boolean timedOut(Throwable failure) {
        return sqlCause(failure, sql -> QUERY_CANCELED.equals(sql.getSQLState())) != null;
    }

    /** The message of the SQL failure that says so, for the log. */
    static String reason(Throwable failure) {
        SQLException cause = sqlCause(failure, DatabaseUnavailable::isUnavailable);
        return cause == null ? failure.toString() : cause.getMessage();
    }

    /** The first SQL failure in the cause chain that is of a kind, or null. */
    private static SQLException sqlCause(Throwable failure, Predicate<SQLException> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && kind.test(sql)) {
                return sql;
            }
        }
        return null;
    }

    private static boolean isUnavailable(SQLException failure) {
        String state = failure.getSQLState();
        if (state != null) {
            return state.startsWith(CONNECTION_EXCEPTION) || state.startsWith(OPERATOR_INTERVENTION);
        }
        // Agroal's pool gives up waiting for a connection without a SQLSTATE
        return failure.getMessage() != null && failure.getMessage().contains("acquisition timeout");
    }
}
