package org.newsgraph.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.newsgraph.auth.Need;
import org.newsgraph.auth.Roles;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * What each operation of a GraphQL document needs its caller to be allowed (to read, to write, or an admin's
 * change: a mutation that selects one of {@link Roles#ADMIN_MUTATIONS}), so that who may run the one a
 * request names is decided before it runs. A document of one operation runs it without a name; of several,
 * the one named.
 */
record Operations(Map<String, Need> needsByName, Need needOfTheOnlyOne, int count) {

    static Operations of(Document document) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        Map<String, Need> byName = new HashMap<>();
        for (OperationDefinition operation : operations) {
            if (operation.getName() != null) {
                byName.put(operation.getName(), need(operation, document));
            }
        }
        return new Operations(Map.copyOf(byName), operations.size() == 1 ? need(operations.get(0), document) : Need.READ,
                operations.size());
    }

    /** What the operation a request names (null for none) needs; a name no operation has needs nothing: it fails. */
    Need need(String operationName) {
        return operationName == null ? needOfTheOnlyOne : needsByName.getOrDefault(operationName, Need.READ);
    }

    private static Need need(OperationDefinition operation, Document document) {
        if (operation.getOperation() != OperationDefinition.Operation.MUTATION) {
            return Need.READ;
        }
        boolean administers = rootFields(operation.getSelectionSet(), document).anyMatch(Roles.ADMIN_MUTATIONS::contains);
        return administers ? Need.ADMINISTER : Need.WRITE;
    }

    /** The names of the fields an operation selects at its root, through fragments. */
    private static Stream<String> rootFields(SelectionSet selections, Document document) {
        return selections.getSelections().stream().flatMap(selection -> rootFields(selection, document));
    }

    private static Stream<String> rootFields(Selection<?> selection, Document document) {
        if (selection instanceof Field field) {
            return Stream.of(field.getName());
        }
        if (selection instanceof InlineFragment fragment) {
            return rootFields(fragment.getSelectionSet(), document);
        }
        if (selection instanceof FragmentSpread spread) {
            return document.getDefinitionsOfType(FragmentDefinition.class).stream()
                    .filter(definition -> definition.getName().equals(spread.getName()))
                    .findFirst().stream().flatMap(definition -> rootFields(definition.getSelectionSet(), document));
        }
        return Stream.empty();
    }
}
