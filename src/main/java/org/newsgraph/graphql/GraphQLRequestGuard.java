package org.newsgraph.graphql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsgraph.auth.Access;
import org.newsgraph.auth.Need;

import graphql.language.Document;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.SourceLocation;
import graphql.language.StringValue;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Answers, in front of SmallRye GraphQL, the POST requests it would answer without an
 * {@code extensions.code} or with a 500: a media type it cannot read (415), a body that is not a JSON
 * object, or whose {@code query}, {@code variables}, {@code operationName} or {@code extensions} are not
 * of their JSON types (400: not a GraphQL request at all); a query that does not parse, for which
 * SmallRye says only "Unparseable input document" and not where; and text with a NUL character, which
 * PostgreSQL cannot store or compare and would answer with an error of its own; and a query deeper or
 * broader than the limits ({@link QuerySize}); and an operation its caller may not run ({@link Access}: 401
 * without a token, 403 with one whose roles do not allow it), before any SQL. Everything else passes
 * through untouched.
 */
@ApplicationScoped
class GraphQLRequestGuard {

    private static final String JSON = "application/json";
    private static final String GRAPHQL = "application/graphql";
    /** Queries already known to pass are not parsed and measured again: clients send the same few over and over. */
    private static final int REMEMBERED_QUERIES = 2000;
    /** Only short queries are remembered, so the memory this takes stays small whatever clients send. */
    private static final int REMEMBERED_QUERY_LENGTH = 4096;

    private final Map<String, Operations> parsedQueries = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Operations> eldest) {
                    return size() > REMEMBERED_QUERIES;
                }
            });

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String graphqlPath;

    @Inject
    ApiConfig api;

    @Inject
    Access access;

    void install(@Observes Router router) {
        String path = "/" + graphqlPath.replaceFirst("^/", "");
        router.route(path).order(-104).handler(CurrentRequest::remember);
        // the deadline's clock first: a request that is slow to send its body has less time to run
        router.route(path).order(-103).handler(RequestDeadline.starting(api.requestDeadline()));
        // the media type first, so that a body of another kind (an upload) is refused before it is read
        router.route(path).order(-102).handler(GraphQLResponseStatus::watch);
        router.post(path).order(-101).handler(this::checkMediaType);
        router.post(path).order(-100)
                .handler(BodyHandler.create(false).setBodyLimit(api.maxRequestSize().asLongValue()).setDeleteUploadedFilesOnEnd(true))
                .handler(this::checkRequest)
                .failureHandler(this::tooLarge);
        router.get(path).order(-100).handler(this::checkGet);
    }

    /**
     * GET /graphql?query=…&variables=…&operationName=…: queries only, as GraphQL over HTTP asks (a GET must
     * not change anything: caches and prefetchers send them freely); a mutation gets 405 and Allow: POST.
     */
    private void checkGet(RoutingContext context) {
        if ("websocket".equalsIgnoreCase(context.request().getHeader("Upgrade"))) {
            openWebSocket(context);
            return;
        }
        String variables = context.request().getParam("variables");
        if (variables != null) {
            try {
                if (containsNul(new JsonObject(variables))) {
                    reject(context, 200, NUL_MESSAGE, "BAD_USER_INPUT", null);
                    return;
                }
            } catch (DecodeException | ClassCastException e) {
                reject(context, 400, "\"variables\" must be a JSON object of variable values", "BAD_REQUEST", null);
                return;
            }
        }
        checkQuery(context, context.request().getParam("query"), context.request().getParam("operationName"), true);
    }

    /**
     * A WebSocket for subscriptions (graphql-transport-ws), which only read: opened for whoever may read.
     * What it then carries is checked by {@link WebSocketOperations}, message by message.
     */
    private void openWebSocket(RoutingContext context) {
        Optional<Access.Refusal> refusal = access.refusal(Access.callerOf(context), Need.READ);
        if (refusal.isPresent()) {
            ErrorResponse.refuse(context, refusal.get());
            return;
        }
        context.next();
    }

    private void checkMediaType(RoutingContext context) {
        String mediaType = mediaType(context);
        if (mediaType.equals(JSON) || mediaType.equals(GRAPHQL)) {
            context.next();
        } else {
            reject(context, 415, "Send the request as application/json: {\"query\": \"{ ... }\", \"variables\": {...}}",
                    "UNSUPPORTED_MEDIA_TYPE", null);
        }
    }

    private void checkRequest(RoutingContext context) {
        if (mediaType(context).equals(GRAPHQL)) {
            checkQuery(context, context.body().asString(), null, false);
            return;
        }
        JsonObject request;
        try {
            request = context.body().asJsonObject();
        } catch (DecodeException | ClassCastException e) {
            reject(context, 400, "The request body is not a JSON object", "BAD_REQUEST", null);
            return;
        }
        Object query = request == null ? null : request.getValue("query");
        if (!(query instanceof String)) {
            reject(context, 400, "The request has no \"query\": send {\"query\": \"{ ... }\"}", "BAD_REQUEST", null);
            return;
        }
        String misshapen = misshapenParameter(request);
        if (misshapen != null) {
            reject(context, 400, misshapen, "BAD_REQUEST", null);
        } else if (containsNul(request.getValue("variables"))) {
            reject(context, 200, NUL_MESSAGE, "BAD_USER_INPUT", null);
        } else {
            checkQuery(context, (String) query, request.getString("operationName"), false);
        }
    }

    private static final String NUL_MESSAGE = "Text may not contain the NUL character (\\u0000)";

    private void checkQuery(RoutingContext context, String query, String operationName, boolean get) {
        if (query == null || query.isBlank()) {
            reject(context, 400, "The request has no \"query\": send {\"query\": \"{ ... }\"}", "BAD_REQUEST", null);
            return;
        }
        Operations operations = parsedQueries.get(query);
        if (operations == null) {
            Document document;
            try {
                document = Parser.parse(query);
            } catch (InvalidSyntaxException e) {
                // a well-formed request whose GraphQL is wrong: 200 for application/json (ErrorResponse makes it
                // 400 for a client that reads GraphQL over HTTP's statuses)
                reject(context, 200, e.getMessage(), "GRAPHQL_PARSE_FAILED", e.getLocation());
                return;
            }
            if (hasNulLiteral(document)) {
                reject(context, 200, NUL_MESSAGE, "BAD_USER_INPUT", null);
                return;
            }
            String tooLarge = QuerySize.of(document).excess(api);
            if (tooLarge != null) {
                reject(context, 200, tooLarge, "QUERY_TOO_COMPLEX", null);
                return;
            }
            operations = Operations.of(document);
            if (query.length() <= REMEMBERED_QUERY_LENGTH) {
                parsedQueries.put(query, operations);
            }
        }
        Need need = operations.need(operationName);
        if (get && need != Need.READ) {
            context.response().putHeader("Allow", "POST");
            reject(context, 405, "A mutation changes the graph: send it with POST", "METHOD_NOT_ALLOWED", null);
            return;
        }
        Optional<Access.Refusal> refusal = access.refusal(Access.callerOf(context), need);
        if (refusal.isPresent()) {
            ErrorResponse.refuse(context, refusal.get());
            return;
        }
        if (get && operationName != null && operations.count() == 1) {
            // Quarkus 3.34.1 hands SmallRye GraphQL the query itself as the operation's name on a GET, which then
            // names no operation; a document's only operation runs without its name (urql and Apollo send it)
            context.queryParams().remove("operationName");
        }
        context.next();
    }

    private static String misshapenParameter(JsonObject request) {
        if (!(request.getValue("variables") == null || request.getValue("variables") instanceof JsonObject)) {
            return "\"variables\" must be a JSON object of variable values";
        }
        if (!(request.getValue("extensions") == null || request.getValue("extensions") instanceof JsonObject)) {
            return "\"extensions\" must be a JSON object";
        }
        if (!(request.getValue("operationName") == null || request.getValue("operationName") instanceof String)) {
            return "\"operationName\" must be a string";
        }
        return null;
    }

    private static boolean containsNul(Object json) {
        if (json instanceof String text) {
            return text.indexOf('\0') >= 0;
        }
        if (json instanceof JsonObject object) {
            return object.getMap().keySet().stream().anyMatch(GraphQLRequestGuard::containsNul)
                    || object.stream().anyMatch(entry -> containsNul(entry.getValue()));
        }
        if (json instanceof JsonArray array) {
            return array.stream().anyMatch(GraphQLRequestGuard::containsNul);
        }
        return false;
    }

    private static boolean hasNulLiteral(Document document) {
        boolean[] found = { false };
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
            @Override
            public TraversalControl visitStringValue(StringValue node, TraverserContext<graphql.language.Node> context) {
                found[0] |= node.getValue().indexOf('\0') >= 0;
                return TraversalControl.CONTINUE;
            }
        }, document);
        return found[0];
    }

    private static String mediaType(RoutingContext context) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase();
    }

    /** The body handler's 413, said as every other refusal is; other failures go on to Quarkus. */
    private void tooLarge(RoutingContext context) {
        if (context.statusCode() == 413 && !context.response().ended()) {
            reject(context, 413, "The request is larger than " + api.maxRequestSize().asLongValue() + " bytes; to send many"
                    + " articles, use POST /import/articles", "REQUEST_TOO_LARGE", null);
        } else {
            context.next();
        }
    }

    private static void reject(RoutingContext context, int status, String message, String code, SourceLocation location) {
        ErrorResponse.send(context, status, message, code, location);
    }
}
