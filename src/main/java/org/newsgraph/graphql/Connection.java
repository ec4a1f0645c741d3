package org.newsgraph.graphql;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A page of a list, in the Relay connection shape. The total is counted only if the client asks for
 * {@code totalCount}: a count is a scan, and most pages do not need one. That field is a {@code @Source}
 * field of each connection's API class, since SmallRye GraphQL reads plain properties on the IO thread,
 * where no query may run.
 */
public abstract class Connection<T, E extends Edge<T>> {

    private final List<E> edges;
    private final PageInfo pageInfo;
    private final LongSupplier counter;

    protected Connection(Page<T> page, PageRequest request, BiFunction<String, T, E> edge, LongSupplier totalCount) {
        List<T> rows = page.rows();
        List<T> nodes = rows.size() > request.first() ? rows.subList(0, request.first()) : rows;
        this.edges = nodes.stream().map(node -> edge.apply(page.cursorOf().apply(node), node)).toList();
        this.pageInfo = new PageInfo(rows.size() > request.first(), request.after().isPresent(),
                edges.isEmpty() ? null : edges.get(0).getCursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).getCursor());
        this.counter = totalCount;
    }

    @NonNull
    public List<@NonNull E> getEdges() {
        return edges;
    }

    @NonNull
    @Description("The items of this page, for clients that do not need their cursors.")
    public List<@NonNull T> getNodes() {
        return edges.stream().map(Edge::getNode).toList();
    }

    @NonNull
    public PageInfo getPageInfo() {
        return pageInfo;
    }

    /** How many items match, over all pages: a count query, run when called. */
    public int countAll() {
        return Math.toIntExact(counter.getAsLong());
    }
}
