package org.newsgraph.graphql;

import org.eclipse.microprofile.graphql.NonNull;

/** An item of a page with its cursor. Each connection has its own subclass, so the schema says ArticleEdge. */
public abstract class Edge<T> {

    private final String cursor;
    private final T node;

    protected Edge(String cursor, T node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    public String getCursor() {
        return cursor;
    }

    @NonNull
    public T getNode() {
        return node;
    }
}
