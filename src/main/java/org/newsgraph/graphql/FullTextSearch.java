package org.newsgraph.graphql;

/**
 * PostgreSQL full-text search in HQL, over the {@code search_vector} column (a generated tsvector with a
 * GIN index) of the one table a list query reads. The words come as the {@code :search} parameter, in
 * the syntax people type into search boxes: {@code putin invitation}, {@code "arms race"}, {@code -trump}.
 */
public final class FullTextSearch {

    public static final String PARAMETER = "search";

    public static final String MATCHES = "cast(sql('search_vector @@ websearch_to_tsquery(''english'', ?)', :search) as Boolean)";

    public static final String RANK = "sql('ts_rank(search_vector, websearch_to_tsquery(''english'', ?))', :search)";

    private FullTextSearch() {
    }

    public static void filter(Where where, String search) {
        if (search.isBlank()) {
            throw new BadUserInputException("\"search\" needs at least one word");
        }
        where.and(MATCHES, PARAMETER, search);
    }
}
