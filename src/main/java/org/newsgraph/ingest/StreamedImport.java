package org.newsgraph.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import jakarta.json.bind.Jsonb;

import org.newsgraph.ingest.LineSplitter.Line;

import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * One request's bulk import. The body is cut into lines as it arrives and read no faster than lines are
 * imported: the request is paused while a line is imported on a worker thread, one line at a time, so
 * an import of any size runs in little memory. Everything here runs on the request's event loop.
 */
final class StreamedImport {

    private final RoutingContext context;
    private final BulkImport.Run run;
    private final Vertx vertx;
    private final Jsonb jsonb;
    private final LineSplitter splitter = new LineSplitter(BulkImportRoute.LONGEST_LINE);
    private final Deque<Line> pending = new ArrayDeque<>();
    private boolean importing;
    private boolean inputEnded;
    private boolean answered;
    /** What to do once the line being imported is done, when the import ended while a worker had one. */
    private Runnable afterLine;

    StreamedImport(RoutingContext context, BulkImport.Run run, Vertx vertx, Jsonb jsonb) {
        this.context = context;
        this.run = run;
        this.vertx = vertx;
        this.jsonb = jsonb;
    }

    void start() {
        context.request().handler(chunk -> {
            pending.addAll(splitter.feed(chunk));
            next();
        });
        context.request().endHandler(end -> {
            splitter.end().ifPresent(pending::add);
            inputEnded = true;
            next();
        });
        context.request().exceptionHandler(this::stop);
        context.response().closeHandler(closed -> {
            if (!answered) {
                answered = true;
                whenNoLineIsImporting(() -> Log.warnf("Bulk import: the client went away before the end; so far %s",
                        run.finish()));
            }
        });
    }

    /** Imports the next line, or reads on, or answers once every line is imported. */
    private void next() {
        if (importing || answered) {
            return;
        }
        Line line = pending.poll();
        while (line != null && line.blank()) {
            line = pending.poll(); // a blank line costs no trip to a worker
        }
        if (line == null) {
            if (inputEnded) {
                answered = true;
                answer(200, run.finish());
            } else {
                context.request().resume();
            }
            return;
        }
        importing = true;
        context.request().pause();
        Line current = line;
        vertx.executeBlocking(() -> {
            run.line(current);
            return null;
        }, true).onComplete(done -> {
            importing = false;
            if (afterLine != null) {
                afterLine.run();
            } else {
                next();
            }
        });
    }

    /** The body could not be read to its end: what was imported stays, and the client learns where it stopped. */
    private void stop(Throwable failure) {
        if (answered) {
            return;
        }
        answered = true;
        String why = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        whenNoLineIsImporting(() -> {
            Log.warnf("Bulk import stopped: %s; so far %s", why, run.finish());
            answer(400, Map.of("errors", List.of(Map.of("message", "The import stopped: " + why,
                    "extensions", Map.of("code", "BAD_REQUEST")))));
        });
    }

    /** The run's counts are a worker's while it imports a line: read them only between lines. */
    private void whenNoLineIsImporting(Runnable action) {
        if (importing) {
            afterLine = action;
        } else {
            action.run();
        }
    }

    private void answer(int status, Object body) {
        if (!context.response().closed()) {
            context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(jsonb.toJson(body));
        }
    }
}
