package org.newsgraph.storage;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * PostgreSQL advisory locks held until the current transaction ends. Two transactions that hold the same
 * key run their critical part one after the other, so "find it, else create it" cannot create twice:
 * the second finds what the first committed.
 */
public final class AdvisoryLock {

    private AdvisoryLock() {
    }

    /** Waits for, and holds until the transaction ends, the lock named by this key. */
    public static void hold(String key) {
        Panache.getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) as locked")
                .setParameter(1, key)
                .getSingleResult();
    }
}
