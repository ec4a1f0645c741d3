package org.newsgraph.graphql;

import java.util.List;
import java.util.Map;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The client asked for something that cannot be done as asked; the message says what to change, and
 * {@code extensions.problems}, when there are several, lists each.
 */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends RuntimeException implements DetailedError {

    private final List<String> problems;

    public BadUserInputException(String message) {
        this(message, List.of());
    }

    public BadUserInputException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    @Override
    public Map<String, Object> details() {
        return problems.isEmpty() ? Map.of() : Map.of("problems", problems);
    }
}
