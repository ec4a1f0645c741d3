package org.newsgraph.graphql;

/**
 * PostgreSQL full-text search in HQL, over the {@code search_vector} column (a generated tsvector with a
 * GIN index) of the one table a list query reads. The words come as the {@code :search} parameter, in
 * the syntax people type into search boxes: {@code putin invitation}, {@code "arms race"}, {@code -trump}.
 */
public final class FullTextSearch {

    public static final String PARAMETER = "search";
    /**
     * What a search box holds, and then some. PostgreSQL's query parser has a fixed stack: thousands of
     * words or brackets fail inside it ("tsquery stack too small"), so longer text is refused first.
     */
    static final int MAX_LENGTH = 300;

    public static final String MATCHES = "cast(sql('search_vector @@ websearch_to_tsquery(''english'', ?)', :search) as Boolean)";

    public static final String RANK = "sql('ts_rank(search_vector, websearch_to_tsquery(''english'', ?))', :search)";

    private FullTextSearch() {
    }

    public static void filter(Where where, String search) {
        if (search.isBlank()) {
            throw new BadUserInputException("\"search\" needs at least one word");
        }
        if (search.length() > MAX_LENGTH) {
            throw new BadUserInputException("\"search\" is " + search.length() + " characters long; at most " + MAX_LENGTH
                    + " are searched for");
        }
        where.and(MATCHES, PARAMETER, search);
    }
}
