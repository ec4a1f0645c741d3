package org.newsgraph.ingest;

import java.util.List;

/**
 * What a bulk import did: lines read, articles imported, articles already there (sent before), lines
 * refused, each refused line with why (the first {@value BulkImport#REPORTED_ERRORS}), and how long.
 */
public record ImportReport(int lines, int imported, int alreadyThere, int refused, List<LineError> errors, double seconds) {

    public record LineError(int line, String code, String message) {
    }
}
