package org.newsgraph.graphql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * How deep and how broad the largest operation of a query document is, with its fragments spread out:
 * {@code depth} is the longest chain of nested fields, {@code fields} the number of fields it selects.
 * Each fragment is measured once, so a fragment bomb (fragments spreading each other tenfold at every
 * level) is measured in time linear in the document while its size is counted in full; a cycle of
 * fragments, which validation refuses later, counts as empty rather than looping.
 */
record QuerySize(long depth, long fields) {

    private static final QuerySize EMPTY = new QuerySize(0, 0);

    static QuerySize of(Document document) {
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        Measure measure = new Measure(fragments);
        QuerySize largest = EMPTY;
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            QuerySize size = measure.of(operation.getSelectionSet());
            largest = new QuerySize(Math.max(largest.depth, size.depth), Math.max(largest.fields, size.fields));
        }
        return largest;
    }

    /** What is over the configured limits, said for the client; null when nothing is. */
    String excess(ApiConfig api) {
        if (depth > api.maxQueryDepth()) {
            return "The query nests fields " + depth + " deep; the maximum depth is " + api.maxQueryDepth();
        }
        if (fields > api.maxQueryFields()) {
            return "The query selects " + fields + " fields, fragments spread out; the maximum complexity is "
                    + api.maxQueryFields() + " fields. Split it into several requests.";
        }
        return null;
    }

    private static final class Measure {

        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, QuerySize> measured = new HashMap<>();
        private final Set<String> measuring = new HashSet<>();

        Measure(Map<String, FragmentDefinition> fragments) {
            this.fragments = fragments;
        }

        QuerySize of(SelectionSet selections) {
            if (selections == null) {
                return EMPTY;
            }
            long depth = 0;
            long fields = 0;
            for (Selection<?> selection : selections.getSelections()) {
                QuerySize size = of(selection);
                depth = Math.max(depth, size.depth);
                fields = saturatedSum(fields, size.fields);
            }
            return new QuerySize(depth, fields);
        }

        private QuerySize of(Selection<?> selection) {
            if (selection instanceof Field field) {
                QuerySize below = of(field.getSelectionSet());
                return new QuerySize(below.depth + 1, saturatedSum(below.fields, 1));
            }
            if (selection instanceof InlineFragment inline) {
                return of(inline.getSelectionSet());
            }
            return ofFragment(((FragmentSpread) selection).getName());
        }

        private QuerySize ofFragment(String name) {
            QuerySize known = measured.get(name);
            if (known != null) {
                return known;
            }
            FragmentDefinition fragment = fragments.get(name);
            if (fragment == null || !measuring.add(name)) {
                return EMPTY; // unknown or cyclic: validation refuses the document with a better message
            }
            QuerySize size = of(fragment.getSelectionSet());
            measuring.remove(name);
            measured.put(name, size);
            return size;
        }

        private static long saturatedSum(long a, long b) {
            long sum = a + b;
            return sum < 0 ? Long.MAX_VALUE : sum;
        }
    }
}
