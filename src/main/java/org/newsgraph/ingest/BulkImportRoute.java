package org.newsgraph.ingest;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.newsgraph.auth.Access;
import org.newsgraph.auth.Need;
import org.newsgraph.graphql.ErrorResponse;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code POST /import/articles}: JSON lines of articles, streamed (see {@link StreamedImport}); the answer
 * is the {@link ImportReport}.
 *
 * <pre>curl -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/x-ndjson' --data-binary @articles.jsonl \
 *     localhost:8080/import/articles</pre>
 *
 * <p>An editor's or an admin's token is checked before the body is read.
 */
@ApplicationScoped
class BulkImportRoute {

    static final String PATH = "/import/articles";
    /** The longest line: an article at the body limit, in JSON, with room for its escapes. */
    static final int LONGEST_LINE = 1024 * 1024;

    private final Jsonb jsonb = JsonbBuilder.create();

    @Inject
    BulkImport bulkImport;

    @Inject
    Vertx vertx;

    @Inject
    Access access;

    void install(@Observes Router router) {
        router.post(PATH).handler(this::importLines);
    }

    private void importLines(RoutingContext context) {
        SecurityIdentity caller = Access.callerOf(context);
        Optional<Access.Refusal> refusal = access.refusal(caller, Need.WRITE);
        if (refusal.isPresent()) {
            ErrorResponse.refuse(context, refusal.get()); // before a line of the body is read
            return;
        }
        new StreamedImport(context, bulkImport.start(caller.getPrincipal().getName()), vertx, jsonb).start();
    }
}
