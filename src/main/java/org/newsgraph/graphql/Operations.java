package org.newsgraph.graphql;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.language.Document;
import graphql.language.OperationDefinition;

/**
 * Which operations of a GraphQL document change the graph, so that who may run the one a request names is
 * decided before it runs. A document of one operation runs it without a name; of several, the one named.
 */
record Operations(Set<String> mutationNames, boolean onlyOneIsAMutation) {

    static Operations of(Document document) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        Set<String> mutations = operations.stream().filter(Operations::isMutation)
                .map(OperationDefinition::getName).filter(name -> name != null).collect(Collectors.toUnmodifiableSet());
        return new Operations(mutations, operations.size() == 1 && isMutation(operations.get(0)));
    }

    /** Whether the operation a request names (null for none) changes the graph. */
    boolean writes(String operationName) {
        return operationName == null ? onlyOneIsAMutation : mutationNames.contains(operationName);
    }

    private static boolean isMutation(OperationDefinition operation) {
        return operation.getOperation() == OperationDefinition.Operation.MUTATION;
    }
}
