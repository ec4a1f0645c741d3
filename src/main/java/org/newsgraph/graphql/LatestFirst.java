package org.newsgraph.graphql;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Keyset pagination over nodes ordered by a date, latest first, undated last, then by id: articles by
 * publication day, events by their date, quotes by the day they were published. A page continues after
 * the (date, id) of its cursor, so a deep page costs what the first does (no OFFSET).
 *
 * @param date the date field: {@code publishedAt} of articles, {@code date} of events
 */
public record LatestFirst<T extends GraphNode>(String date, Function<T, LocalDate> dateOf) {

    public Page<T> page(Listing<T> listing, PageRequest request) {
        Where where = listing.filter().copy();
        String day = listing.path(date);
        String id = listing.path("id");
        request.after().ifPresent(cursor -> {
            LocalDate afterDate = cursor.date(0);
            where.with("afterId", cursor.id(1));
            if (afterDate == null) {
                where.and("(" + day + " is null and " + id + " < :afterId)");
            } else {
                where.and("(" + day + " < :afterDate or (" + day + " = :afterDate and " + id + " < :afterId) or "
                        + day + " is null)", "afterDate", afterDate);
            }
        });
        List<T> rows = listing.fetch(listing.alias(), listing.type(), where,
                " order by " + day + " desc nulls last, " + id + " desc", request.fetchSize());
        return new Page<>(rows, node -> Cursor.encode(request.scope(), dateOf.apply(node), node.id));
    }
}
