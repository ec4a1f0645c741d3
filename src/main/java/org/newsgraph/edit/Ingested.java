package org.newsgraph.edit;

import java.util.List;
import java.util.stream.Stream;

import jakarta.json.Json;

/**
 * What an ingest put in the graph, as its history row names it: the article, its quotes, the events it
 * reports and the entities it names. Each is a subject of the edit, so that each one's history shows
 * where it came from.
 */
public record Ingested(long article, String title, List<Long> quotes, List<Long> events, List<Long> entities) {

    long[] subjects() {
        return Stream.of(List.of(article), quotes, events, entities).flatMap(List::stream).distinct()
                .mapToLong(Long::longValue).toArray();
    }

    String json() {
        return Json.createObjectBuilder()
                .add("article", article)
                .add("title", title)
                .add("quotes", Json.createArrayBuilder(quotes))
                .add("events", Json.createArrayBuilder(events))
                .add("entities", Json.createArrayBuilder(entities))
                .build().toString();
    }
}
