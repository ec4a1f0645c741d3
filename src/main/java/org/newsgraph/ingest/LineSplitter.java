package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.vertx.core.buffer.Buffer;

/**
 * Cuts a stream of bytes into numbered lines at '\n', whatever sizes the chunks arrive in. A line longer
 * than the limit is not kept: it comes out as a {@link Line} without bytes, so the import can refuse it
 * and go on with the next line instead of holding it in memory or giving up on the whole stream.
 */
final class LineSplitter {

    /** A line by its number from 1, counting blank ones; {@code bytes} is null when it was too long. */
    record Line(int number, Buffer bytes) {

        boolean tooLong() {
            return bytes == null;
        }

        boolean blank() {
            if (bytes == null) {
                return false;
            }
            for (int i = 0; i < bytes.length(); i++) {
                byte b = bytes.getByte(i);
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    private final int longest;
    private Buffer partial = Buffer.buffer();
    private boolean overflowing;
    private int number;

    LineSplitter(int longest) {
        this.longest = longest;
    }

    /** The lines this chunk completes. */
    List<Line> feed(Buffer chunk) {
        List<Line> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < chunk.length(); i++) {
            if (chunk.getByte(i) == '\n') {
                append(chunk, from, i);
                lines.add(take());
                from = i + 1;
            }
        }
        append(chunk, from, chunk.length());
        return lines;
    }

    /** The last line, when the stream does not end with a newline. */
    Optional<Line> end() {
        return partial.length() > 0 || overflowing ? Optional.of(take()) : Optional.empty();
    }

    private void append(Buffer chunk, int from, int to) {
        if (overflowing || from == to) {
            return;
        }
        if (partial.length() + (to - from) > longest) {
            overflowing = true;
            partial = Buffer.buffer();
        } else {
            partial.appendBuffer(chunk, from, to - from);
        }
    }

    private Line take() {
        Line line = new Line(++number, overflowing ? null : partial);
        partial = Buffer.buffer();
        overflowing = false;
        return line;
    }
}
