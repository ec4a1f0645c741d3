package org.newsgraph.graphql;

/**
 * A query whose fragments each spread the next one several times: a few hundred characters that stand
 * for {@code spreads^levels} copies of the innermost fragment's fields.
 */
public final class FragmentBomb {

    private FragmentBomb() {
    }

    public static String of(int levels, int spreads, String innermostFields) {
        StringBuilder query = new StringBuilder("{ ...F0 } fragment F" + levels + " on Query { " + innermostFields + " }");
        for (int level = 0; level < levels; level++) {
            query.append(" fragment F").append(level).append(" on Query { ")
                    .append(("...F" + (level + 1) + " ").repeat(spreads)).append('}');
        }
        return query.toString();
    }
}
