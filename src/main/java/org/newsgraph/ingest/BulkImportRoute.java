package org.newsgraph.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.parsetools.RecordParser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code POST /import/articles}: JSON lines of articles, streamed. The body is read a line at a time and
 * never held whole, so an import of any size runs in little memory; each line is ingested on a worker
 * thread while reading waits, and the answer is the {@link ImportReport}.
 *
 * <pre>curl -H 'Content-Type: application/x-ndjson' --data-binary @articles.jsonl localhost:8080/import/articles</pre>
 */
@ApplicationScoped
class BulkImportRoute {

    static final String PATH = "/import/articles";
    /** The longest line: an article at the body limit, in JSON, with room for its escapes. */
    private static final int LONGEST_LINE = 1024 * 1024;

    private final Jsonb jsonb = JsonbBuilder.create();

    @Inject
    BulkImport bulkImport;

    @Inject
    Vertx vertx;

    void install(@Observes Router router) {
        router.post(PATH).handler(this::importLines);
    }

    private void importLines(RoutingContext context) {
        BulkImport.Run run = bulkImport.start();
        RecordParser lines = RecordParser.newDelimited("\n", context.request()).maxRecordSize(LONGEST_LINE);
        lines.handler(line -> {
            lines.pause();
            vertx.executeBlocking(() -> {
                run.line(line.toString(java.nio.charset.StandardCharsets.UTF_8));
                return null;
            }, true).onComplete(done -> lines.resume());
        });
        lines.endHandler(end -> vertx.executeBlocking(run::finish, true).onComplete(report -> context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(jsonb.toJson(report.result()))));
        lines.exceptionHandler(failure -> {
            if (!context.response().ended()) {
                context.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .end("{\"errors\":[{\"message\":\"The import stopped: " + failure.getMessage().replace("\"", "'")
                                + "\",\"extensions\":{\"code\":\"BAD_REQUEST\"}}]}");
            }
        });
    }
}
