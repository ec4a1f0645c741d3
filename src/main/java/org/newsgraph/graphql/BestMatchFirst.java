package org.newsgraph.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keyset pagination over full-text search hits, best match first, then by id. The rank is computed by
 * PostgreSQL ({@code ts_rank}) and carried in the cursor, so the next page starts below it.
 *
 * @param rank an HQL expression of the rank of a hit, whose parameters are in the filter
 */
public record BestMatchFirst<T extends GraphNode>(String rank) {

    public Page<T> page(Listing<T> listing, PageRequest request) {
        Where where = listing.filter().copy();
        String id = listing.path("id");
        request.after().ifPresent(cursor -> where.with("afterRank", cursor.rank(0)).with("afterId", cursor.id(1))
                .and("(" + rank + " < :afterRank or (" + rank + " = :afterRank and " + id + " < :afterId))"));
        List<Object[]> hits = listing.fetch(listing.alias() + ", " + rank, Object[].class, where,
                " order by " + rank + " desc, " + id + " desc", request.fetchSize());
        Map<Long, Float> rankById = new HashMap<>();
        hits.forEach(hit -> rankById.put(listing.type().cast(hit[0]).id, ((Number) hit[1]).floatValue()));
        List<T> rows = hits.stream().map(hit -> listing.type().cast(hit[0])).toList();
        return new Page<>(rows, node -> Cursor.encode(request.scope(), rankById.get(node.id), node.id));
    }
}
