package org.newsgraph.graphql;

import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * A list query: the nodes of one type that pass a client's filters. An order ({@link LatestFirst},
 * {@link BestMatchFirst}, {@link Alphabetical}) fetches a page of it; {@link #count()} counts all of it.
 *
 * @param alias the HQL alias of the nodes, which the filter's conditions use
 * @param from the HQL from clause: the nodes' entity, or a join that reaches them
 * @param paths where the fields the orders sort by are read: the nodes' own, or copies of them in the
 *        joined entity whose index holds them in order
 */
public record Listing<T extends GraphNode>(Class<T> type, String alias, String from, Where filter,
        UnaryOperator<String> paths) {

    public Listing(Class<T> type, String alias, Where filter) {
        this(type, alias, type.getSimpleName() + " " + alias, filter, field -> alias + "." + field);
    }

    public long count() {
        return query("count(*)", Long.class, filter, "").getSingleResult();
    }

    <R> List<R> fetch(String select, Class<R> resultType, Where where, String orderBy, int maxResults) {
        return query(select, resultType, where, orderBy).setMaxResults(maxResults).getResultList();
    }

    String path(String field) {
        return paths.apply(field);
    }

    private <R> TypedQuery<R> query(String select, Class<R> resultType, Where where, String orderBy) {
        TypedQuery<R> query = Panache.getEntityManager().createQuery(
                "select " + select + " from " + from + where.clause() + orderBy, resultType);
        where.parameters().forEach(query::setParameter);
        return query;
    }
}
