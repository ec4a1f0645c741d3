package org.newsgraph.ingest;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What a bulk import did: lines read, articles imported, articles already there (sent before), lines
 * refused, each refused line with why (the first {@value BulkImport#REPORTED_ERRORS}), and how long.
 *
 * <p>Written by JSON-B, which reads its components by reflection: registered for the native image (with
 * {@link LineError}), as the GraphQL types are by SmallRye.
 */
@RegisterForReflection
public record ImportReport(int lines, int imported, int alreadyThere, int refused, List<LineError> errors, double seconds) {

    public record LineError(int line, String code, String message) {
    }
}
