package org.newsgraph.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Helpers for batched GraphQL fields ({@code @Source List<Parent>}): one query loads the children of
 * every parent of a level, and these put the results back in the parents' order.
 */
public final class Batches {

    private Batches() {
    }

    /** The distinct, non-null keys of the parents: what the one query of the batch asks for. */
    public static <P> List<Long> keys(Collection<P> parents, Function<P, Long> key) {
        return parents.stream().map(key).filter(Objects::nonNull).distinct().toList();
    }

    /**
     * The nodes of a type with these ids, in one query, and no query when there are none. A query
     * rather than {@code findByIds}, which skips the database for nodes already loaded: the statements
     * a request issues then depend on the shape of the query alone, which is what the N+1 test pins.
     */
    public static <T extends GraphNode> List<T> load(Class<T> type, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Panache.getEntityManager()
                .createQuery("from " + type.getSimpleName() + " where any_of(:ids, id)", type)
                .setParameter("ids", ids.toArray(Long[]::new))
                .getResultList();
    }

    /** For each parent, in order, the children that point at it (in the children's order). */
    public static <P, C> List<List<C>> group(List<P> parents, Function<P, Long> parentKey,
            Collection<C> children, Function<C, Long> childKey) {
        Map<Long, List<C>> byKey = children.stream()
                .collect(Collectors.groupingBy(childKey, LinkedHashMap::new, Collectors.toList()));
        List<List<C>> grouped = new ArrayList<>(parents.size());
        for (P parent : parents) {
            grouped.add(byKey.getOrDefault(parentKey.apply(parent), List.of()));
        }
        return grouped;
    }

    /**
     * For each parent, in order, the children of rows of (parent key, child), as a query that joins
     * through a link table returns them; the rows' order is kept.
     */
    public static <P, C> List<List<C>> groupRows(List<P> parents, Function<P, Long> parentKey, List<Object[]> rows,
            Class<C> childType) {
        return group(parents, parentKey, rows, row -> (Long) row[0]).stream()
                .map(children -> children.stream().map(row -> childType.cast(row[1])).toList())
                .toList();
    }

    /** For each parent, in order, the one item its key points at, or null when it has none. */
    public static <P, V> List<V> pick(List<P> parents, Function<P, Long> key, Collection<V> items, Function<V, Long> itemKey) {
        Map<Long, V> byKey = byKey(items, itemKey);
        List<V> picked = new ArrayList<>(parents.size());
        for (P parent : parents) {
            Long k = key.apply(parent);
            picked.add(k == null ? null : byKey.get(k));
        }
        return picked;
    }

    public static <V> Map<Long, V> byKey(Collection<V> items, Function<V, Long> key) {
        Map<Long, V> byKey = new LinkedHashMap<>();
        items.stream().filter(Objects::nonNull).forEach(item -> byKey.putIfAbsent(key.apply(item), item));
        return byKey;
    }
}
