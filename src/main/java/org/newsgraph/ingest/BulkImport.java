package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.newsgraph.graphql.BadUserInputException;

import io.quarkus.logging.Log;

/**
 * A bulk import of JSON lines, one {@code ArticleInput} a line, numbered as an editor numbers them. Every line is ingested in a transaction of
 * its own, so a bad line is reported and skipped without losing the good ones, and an import stopped
 * half-way can simply be sent again: the articles already stored are recognised and skipped.
 */
@ApplicationScoped
public class BulkImport {

    /** Errors reported one by one; past this many, only counted. */
    static final int REPORTED_ERRORS = 1000;
    private static final int PROGRESS_EVERY = 100;

    private final Jsonb jsonb = JsonbBuilder.create();

    @Inject
    IngestService ingest;

    @Inject
    Validator validator;

    /** A run of the import, fed line by line, by this editor (whom the history names for each article). */
    public Run start(String editor) {
        return new Run(editor);
    }

    public final class Run {
        private final String editor;
        private final long started = System.nanoTime();
        private int lines;
        private int imported;
        private int known;
        private int refused;
        private final List<ImportReport.LineError> errors = new ArrayList<>();

        private Run(String editor) {
            this.editor = editor;
        }

        /** Imports one line that is not blank, or reports why not under its number. */
        public void line(LineSplitter.Line line) {
            lines++;
            if (line.tooLong()) {
                refuse(line.number(), "LINE_TOO_LONG", "the line is longer than " + BulkImportRoute.LONGEST_LINE
                        + " bytes; it was skipped");
                return;
            }
            try {
                ArticleInput input = jsonb.fromJson(strictUtf8(line.bytes().getBytes()), ArticleInput.class);
                if (input == null) {
                    throw new BadUserInputException("the line is not a JSON object");
                }
                Set<ConstraintViolation<ArticleInput>> violations = validator.validate(input);
                if (!violations.isEmpty()) {
                    throw new BadUserInputException("validation failed: " + String.join(", ", violations.stream()
                            .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().toList()));
                }
                if (ingest.ingest(input, editor).created()) {
                    imported++;
                } else {
                    known++;
                }
            } catch (CharacterCodingException e) {
                refuse(line.number(), "BAD_REQUEST", "the line is not valid UTF-8");
            } catch (JsonbException e) {
                refuse(line.number(), "BAD_REQUEST", "the line is not an article in JSON: " + rootMessage(e));
            } catch (BadUserInputException e) {
                refuse(line.number(), "BAD_USER_INPUT", e.getMessage());
            } catch (RuntimeException e) {
                // its transaction is rolled back; the lines after it are still worth importing
                Log.errorf(e, "Bulk import: line %d failed", line.number());
                refuse(line.number(), "INTERNAL_SERVER_ERROR", "the article could not be imported; the service log has why");
            }
            if (lines % PROGRESS_EVERY == 0) {
                Log.infof("Bulk import: %d lines read: %d imported, %d already there, %d refused (%.0f lines/s)", lines,
                        imported, known, refused, lines / seconds());
            }
        }

        public ImportReport finish() {
            Log.infof("Bulk import done: %d lines read: %d imported, %d already there, %d refused, in %.1f s", lines, imported,
                    known, refused, seconds());
            return new ImportReport(lines, imported, known, refused, List.copyOf(errors), seconds());
        }

        private void refuse(int line, String code, String message) {
            refused++;
            if (errors.size() < REPORTED_ERRORS) {
                errors.add(new ImportReport.LineError(line, code, message));
            }
        }

        private double seconds() {
            return Math.max(1e-9, (System.nanoTime() - started) / (double) TimeUnit.SECONDS.toNanos(1));
        }
    }

    /** The text of UTF-8 bytes; malformed bytes are refused rather than replaced with U+FFFD and stored. */
    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
