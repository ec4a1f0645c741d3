package org.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import graphql.parser.Parser;

class QuerySizeTest {

    private static QuerySize size(String query) {
        return QuerySize.of(Parser.parse(query));
    }

    @Test
    void countsEveryFieldAndTheLongestChain() {
        assertEquals(new QuerySize(3, 5), size("{ events { nodes { summary date } totalCount } }"));
    }

    @Test
    void spreadsFragmentsOutWhereverTheyAreUsedAndTakesTheLargestOperation() {
        String query = """
                query Small { article(id: "1") { title } }
                query Large { a: article(id: "1") { ...Parts } b: article(id: "2") { ...Parts ... on Article { url } } }
                fragment Parts on Article { title source { name } }""";
        assertEquals(new QuerySize(3, 9), size(query));
    }

    @Test
    void aFragmentBombIsMeasuredInFullWithoutBeingExpanded() {
        String query = FragmentBomb.of(20, 10, "__typename");
        QuerySize size = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> size(query));
        assertEquals(Long.MAX_VALUE, size.fields()); // 10^20 fields: more than a long counts
        assertEquals(1, size.depth());
    }

    @Test
    void aCycleOfFragmentsEndsInsteadOfLooping() {
        QuerySize size = size("{ ...A } fragment A on Query { events { nodes { ...B } } } fragment B on Event { id ...A }");
        assertEquals(new QuerySize(3, 3), size);
    }
}
