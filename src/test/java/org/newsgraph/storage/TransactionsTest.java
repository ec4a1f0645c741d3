package org.newsgraph.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** Which failures are a lost race, worth running the transaction again, and which are not. */
class TransactionsTest {

    @Test
    void aDeadlockOrSerializationFailureAnywhereInTheCausesIsAConflict() {
        assertTrue(Transactions.isConflict(new RuntimeException(new IllegalStateException(new SQLException("deadlock", "40P01")))));
        assertTrue(Transactions.isConflict(new RuntimeException(new SQLException("could not serialize", "40001"))));
    }

    @Test
    void otherDatabaseErrorsAreNoConflict() {
        assertFalse(Transactions.isConflict(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(Transactions.isConflict(new IllegalArgumentException("bad input")));
    }
}
