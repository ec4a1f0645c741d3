package org.newsgraph.graphql;

import java.util.List;

import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * A list query: the nodes of one type that pass a client's filters. An order ({@link LatestFirst},
 * {@link BestMatchFirst}, {@link Alphabetical}) fetches a page of it; {@link #count()} counts all of it.
 *
 * @param alias the HQL alias the filter's conditions use
 */
public record Listing<T extends GraphNode>(Class<T> type, String alias, Where filter) {

    public long count() {
        return query("count(*)", Long.class, filter, "").getSingleResult();
    }

    <R> List<R> fetch(String select, Class<R> resultType, Where where, String orderBy, int maxResults) {
        return query(select, resultType, where, orderBy).setMaxResults(maxResults).getResultList();
    }

    String path(String field) {
        return alias + "." + field;
    }

    private <R> TypedQuery<R> query(String select, Class<R> resultType, Where where, String orderBy) {
        TypedQuery<R> query = Panache.getEntityManager().createQuery(
                "select " + select + " from " + type.getSimpleName() + " " + alias + where.clause() + orderBy, resultType);
        where.parameters().forEach(query::setParameter);
        return query;
    }
}
