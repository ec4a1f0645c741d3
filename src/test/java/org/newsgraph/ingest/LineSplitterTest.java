package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.vertx.core.buffer.Buffer;

/** Lines however the bytes are chunked; a line over the limit skipped, the stream going on after it. */
class LineSplitterTest {

    @Test
    void linesSplitAcrossChunksComeOutWholeAndNumberedWithBlankOnes() {
        LineSplitter splitter = new LineSplitter(100);
        List<LineSplitter.Line> lines = new ArrayList<>();
        for (String chunk : List.of("{\"a\":", "1}\n\n", "{\"b\"", ":2}\n{\"c\":3}")) {
            lines.addAll(splitter.feed(Buffer.buffer(chunk)));
        }
        splitter.end().ifPresent(lines::add);
        assertEquals(List.of("{\"a\":1}", "", "{\"b\":2}", "{\"c\":3}"), lines.stream().map(l -> l.bytes().toString()).toList());
        assertEquals(List.of(1, 2, 3, 4), lines.stream().map(LineSplitter.Line::number).toList());
        assertTrue(lines.get(1).blank());
    }

    @Test
    void aLineOverTheLimitComesOutWithoutItsBytesAndTheNextLineIsWhole() {
        LineSplitter splitter = new LineSplitter(10);
        List<LineSplitter.Line> lines = new ArrayList<>();
        lines.addAll(splitter.feed(Buffer.buffer("0123456789")));
        lines.addAll(splitter.feed(Buffer.buffer("0123456789\nshort\n")));
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).tooLong());
        assertEquals("short", lines.get(1).bytes().toString());
        assertEquals(2, lines.get(1).number());
        assertEquals(List.of(), splitter.end().stream().toList());
    }
}
