package org.newsgraph.storage;

import java.util.List;

import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Native SQL run in the current transaction, for the writes that move, delete and restore rows by the set
 * (corrections, a reading taken out), which the entity model has no words for. Parameters are numbered from
 * 1, in the order given.
 */
public final class Statements {

    private Statements() {
    }

    public static int update(String sql, Object... parameters) {
        return query(sql, null, parameters).executeUpdate();
    }

    /** The one text a query answers: a snapshot's JSON. */
    public static String text(String sql, Object... parameters) {
        return (String) query(sql, String.class, parameters).getSingleResult();
    }

    /** The ids (or other whole numbers, or texts) a query answers, one a row. */
    public static <T> List<T> column(String sql, Class<T> type, Object... parameters) {
        @SuppressWarnings("unchecked")
        List<T> rows = query(sql, type, parameters).getResultList();
        return rows;
    }

    private static Query query(String sql, Class<?> type, Object[] parameters) {
        Query query = type == null ? Panache.getEntityManager().createNativeQuery(sql)
                : Panache.getEntityManager().createNativeQuery(sql, type);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }
}
