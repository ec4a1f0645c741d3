package org.newsgraph.storage;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * PostgreSQL advisory locks held until the current transaction ends. Two transactions that hold the same
 * key run their critical part one after the other, so "find it, else create it" cannot create twice:
 * the second finds what the first committed. A transaction remembers the keys it holds, so that asking
 * again for a lock it took up front (with {@link #holdAll}) costs no round trip to the database.
 */
public final class AdvisoryLock {

    private AdvisoryLock() {
    }

    /**
     * Waits for, and holds until the transaction ends, the locks named by these keys, in one statement and
     * in the keys' sorted order: two transactions that lock overlapping sets this way cannot each wait
     * for the other, as they could if each took its locks in the order its article names things.
     */
    public static void holdAll(Collection<String> keys) {
        Set<String> held = heldByThisTransaction();
        TreeSet<String> missing = new TreeSet<>(keys);
        missing.removeAll(held);
        if (missing.isEmpty()) {
            return;
        }
        Panache.getEntityManager()
                .createNativeQuery("select count(pg_advisory_xact_lock(hashtextextended(k, 0)))"
                        + " from (select k from unnest(cast(?1 as text[])) as k order by k) as sorted")
                .setParameter(1, missing.toArray(String[]::new))
                .getSingleResult();
        held.addAll(missing);
    }

    /** Waits for, and holds until the transaction ends, the lock named by this key. */
    public static void hold(String key) {
        Set<String> held = heldByThisTransaction();
        if (held.contains(key)) {
            return;
        }
        Panache.getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) as locked")
                .setParameter(1, key)
                .getSingleResult();
        held.add(key);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> heldByThisTransaction() {
        TransactionSynchronizationRegistry transaction = Arc.container().instance(TransactionSynchronizationRegistry.class).get();
        Set<String> held = (Set<String>) transaction.getResource(AdvisoryLock.class);
        if (held == null) {
            held = new HashSet<>();
            transaction.putResource(AdvisoryLock.class, held);
        }
        return held;
    }
}
