package org.newsgraph.graphql;

import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.InputMapDefinesTooManyFieldsException;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.execution.NonNullableValueCoercedAsNullException;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import io.quarkus.logging.Log;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.api.ErrorCode;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.validation.BeanValidationError;

/**
 * The one error mapper: every error a client receives goes through here and leaves with a message that
 * says what is wrong and an {@code extensions.code} a program can act on. Our own exceptions carry their
 * code ({@link ErrorCode}); graphql-java's parse and validation errors get the codes common
 * GraphQL clients know; anything else is our bug, logged with its stack trace and answered as
 * INTERNAL_SERVER_ERROR without one.
 *
 * <p>It runs after execution ({@link EventingService#afterExecute}), because graphql-java's own errors
 * (syntax, validation) never reach a data fetcher exception handler.
 */
public class ErrorMapper implements EventingService {

    static final String CODE = "code";
    private static final Pattern INTROSPECTION_FIELD = Pattern.compile("in type '__(Schema|Type)' is undefined|'__(schema|type)'");
    private static final Pattern UNREADABLE_ARGUMENT = Pattern.compile(
            "argument '(.+?)' with value 'StringValue\\{value='(.*)'}' is not a valid '(.+)'", Pattern.DOTALL);

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public void afterExecute(Context context) {
        SmallRyeContext smallRyeContext = (SmallRyeContext) context;
        ExecutionResult result = smallRyeContext.unwrap(ExecutionResult.class);
        if (result == null || result.getErrors().isEmpty()) {
            return;
        }
        List<GraphQLError> errors = result.getErrors();
        if (CurrentRequest.clientLeft()) {
            // its fields failed because it left (Quarkus closed their session): nobody to answer, nothing to fix
            Log.debugf("The client disconnected; %d fields were not fetched", errors.size());
            return;
        }
        boolean explained = errors.stream().anyMatch(error -> !(error instanceof NonNullableFieldWasNullError));
        List<GraphQLError> mapped = errors.stream()
                // a null that a rejected argument caused is that rejection's consequence, not a second error
                .filter(error -> !(explained && error instanceof NonNullableFieldWasNullError))
                .map(ErrorMapper::toClientError)
                .toList();
        smallRyeContext.setExecutionResult(result.transform(builder -> builder.errors(mapped)));
        if (!result.isDataPresent()) {
            GraphQLResponseStatus.requestFailed(); // no data at all: the request was refused, not executed
        }
    }

    static GraphQLError toClientError(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            return fromException(error, unwrap(fetching.getException()));
        }
        if (error instanceof BeanValidationError) {
            return withCode(error, error.getMessage(), "BAD_USER_INPUT", Map.of());
        }
        if (error instanceof CoercingParseValueException || error instanceof CoercingParseLiteralException
                || error instanceof NonNullableValueCoercedAsNullException
                || error instanceof InputMapDefinesTooManyFieldsException) {
            return withCode(error, error.getMessage(), "BAD_USER_INPUT", Map.of());
        }
        if (error.getErrorType() == ErrorType.InvalidSyntax) {
            return withCode(error, error.getMessage(), "GRAPHQL_PARSE_FAILED", Map.of());
        }
        Matcher unreadable = UNREADABLE_ARGUMENT.matcher(error.getMessage());
        if (unreadable.matches()) {
            return withCode(error, describeUnreadable(unreadable), "BAD_USER_INPUT", Map.of());
        }
        if (error.getErrorType() == ErrorType.ValidationError && IntrospectionSwitch.isOff()
                && INTROSPECTION_FIELD.matcher(error.getMessage()).find()) {
            // graphql-java only sees the introspection fields as hidden, and says "undefined"
            return withCode(error, "Introspection is turned off on this server", "INTROSPECTION_DISABLED", Map.of());
        }
        if (error.getErrorType() == ErrorType.ValidationError) {
            return withCode(error, error.getMessage(), "GRAPHQL_VALIDATION_FAILED", Map.of());
        }
        Log.errorf("Unexpected GraphQL error: %s", error);
        return withCode(error, "Internal server error", "INTERNAL_SERVER_ERROR", Map.of());
    }

    private static GraphQLError fromException(GraphQLError error, Throwable exception) {
        ErrorCode code = exception.getClass().getAnnotation(ErrorCode.class);
        if (code != null) {
            Map<String, Object> details = exception instanceof DetailedError detailed ? detailed.details() : Map.of();
            return withCode(error, exception.getMessage(), code.value(), details);
        }
        if (exception instanceof CoercingParseValueException || exception instanceof CoercingParseLiteralException) {
            return withCode(error, exception.getMessage(), "BAD_USER_INPUT", Map.of()); // a variable SmallRye could not read
        }
        if (exception instanceof UnauthorizedException) {
            return withCode(error, "This takes a token: send it as \"Authorization: Bearer <token>\"", "UNAUTHENTICATED", Map.of());
        }
        if (exception instanceof ForbiddenException) {
            return withCode(error, "The token's roles do not allow this", "FORBIDDEN", Map.of());
        }
        if (exception instanceof ConstraintViolationException violations) {
            return withCode(error, describe(violations), "BAD_USER_INPUT", Map.of());
        }
        if (DatabaseUnavailable.timedOut(exception)) {
            Log.warnf("A statement ran past the statement timeout while fetching %s", error.getPath());
            return withCode(error, "The query ran longer than the database allows; ask for less (a narrower filter, a"
                    + " smaller page)", "QUERY_TIMEOUT", Map.of());
        }
        if (DatabaseUnavailable.causes(exception)) {
            Log.warnf("The database is unavailable: %s", DatabaseUnavailable.reason(exception));
            return withCode(error, "The database is unavailable; try again shortly", "UNAVAILABLE", Map.of());
        }
        Log.errorf(exception, "Unexpected failure while fetching %s", error.getPath());
        return withCode(error, "Internal server error", "INTERNAL_SERVER_ERROR", Map.of());
    }

    /**
     * SmallRye's Date scalar accepts any string while graphql-java validates, and only fails when it
     * builds the argument; it then reports the raw JSON of the argument and, for an input object, an
     * "Unknown Scalar Type". This says the same in words a client can act on.
     */
    private static String describeUnreadable(Matcher unreadable) {
        String argument = unreadable.group(1);
        String type = unreadable.group(3);
        if (type.startsWith("Unknown Scalar Type")) {
            return "Argument \"" + argument + "\" has a value of the wrong form; dates are written like 2018-06-14";
        }
        return "Argument \"" + argument + "\" is not a valid " + type + ": \"" + unreadable.group(2) + "\""
                + ("Date".equals(type) ? "; dates are written like 2018-06-14" : "");
    }

    private static String describe(ConstraintViolationException violations) {
        return "validation failed: " + String.join(", ", violations.getConstraintViolations().stream()
                .map(ErrorMapper::describe).sorted().toList());
    }

    private static String describe(ConstraintViolation<?> violation) {
        return violation.getPropertyPath() + " " + violation.getMessage();
    }

    private static Throwable unwrap(Throwable exception) {
        Throwable current = exception;
        while ((current instanceof CompletionException || current instanceof ExecutionException
                || current instanceof InvocationTargetException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static GraphQLError withCode(GraphQLError error, String message, String code, Map<String, Object> details) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put(CODE, code);
        extensions.putAll(details);
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(error.getLocations())
                .path(error.getPath())
                .extensions(extensions)
                .errorType(error.getErrorType())
                .build();
    }
}
