package org.newsgraph.graphql;

import java.util.List;
import java.util.function.Function;

/** Keyset pagination over nodes in the order of a name, then by id. */
public record Alphabetical<T extends GraphNode>(String name, Function<T, String> nameOf) {

    public Page<T> page(Listing<T> listing, PageRequest request) {
        Where where = listing.filter().copy();
        String text = listing.path(name);
        String id = listing.path("id");
        request.after().ifPresent(cursor -> where.with("afterName", cursor.text(0)).with("afterId", cursor.id(1))
                .and("(" + text + " > :afterName or (" + text + " = :afterName and " + id + " > :afterId))"));
        List<T> rows = listing.fetch(listing.alias(), listing.type(), where, " order by " + text + ", " + id,
                request.fetchSize());
        return new Page<>(rows, node -> Cursor.encode(request.scope(), nameOf.apply(node), node.id));
    }
}
