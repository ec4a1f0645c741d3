package org.newsgraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds annotated-article documents (the import format) in code, computing the offsets of the words it
 * is told about, so a test reads as the annotation it makes.
 */
final class AnnotatedDocument {

    private final String body;
    private final Map<String, Object> article = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> entities = new LinkedHashMap<>();
    private final List<Map<String, Object>> quotes = new ArrayList<>();
    private final List<Map<String, Object>> events = new ArrayList<>();

    AnnotatedDocument(String title, String body, String source, String publishedAt) {
        this.body = body;
        article.put("title", title);
        article.put("body", body);
        article.put("source", source);
        article.put("publishedAt", publishedAt);
    }

    /** An entity and its mentions: each the first occurrence of the words at or after the previous one. */
    AnnotatedDocument entity(String ref, String kind, String name, String... mentionWords) {
        List<Map<String, Object>> mentions = new ArrayList<>();
        int from = 0;
        for (String words : mentionWords) {
            Map<String, Object> mention = span(words, from);
            mentions.add(mention);
            from = (Integer) mention.get("end");
        }
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("ref", ref);
        entity.put("kind", kind);
        entity.put("name", name);
        entity.put("mentions", mentions);
        entities.put(ref, entity);
        return this;
    }

    /** Other names the document gives an entity already added. */
    AnnotatedDocument aliases(String ref, String... aliases) {
        entities.get(ref).put("aliases", List.of(aliases));
        return this;
    }

    AnnotatedDocument quote(String words, String speaker, String... eventRefs) {
        Map<String, Object> quote = span(words, 0);
        quote.put("partial", false);
        quote.put("speaker", speaker);
        quote.put("events", List.of(eventRefs));
        quotes.add(quote);
        return this;
    }

    AnnotatedDocument event(String ref, String type, String date, String place, String... participantsAndRoles) {
        List<Map<String, Object>> participants = new ArrayList<>();
        for (int i = 0; i < participantsAndRoles.length; i += 2) {
            participants.add(Map.of("entity", participantsAndRoles[i], "role", participantsAndRoles[i + 1]));
        }
        Map<String, Object> event = new HashMap<>();
        event.put("ref", ref);
        event.put("type", type);
        event.put("summary", type.toLowerCase() + " " + ref);
        event.put("date", date);
        event.put("place", place);
        event.put("participants", participants);
        events.add(event);
        return this;
    }

    Map<String, Object> toMap() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("article", article);
        document.put("entities", new ArrayList<>(entities.values()));
        document.put("quotes", quotes);
        document.put("events", events);
        return document;
    }

    /** Imports it through the public mutation and returns the response. */
    io.restassured.response.ValidatableResponse importIt(String selection) {
        return GraphQL.post("mutation($doc: AnnotatedArticleInput!) { importAnnotatedArticle(input: $doc) " + selection + " }",
                Map.of("doc", toMap()));
    }

    private Map<String, Object> span(String words, int from) {
        int start = body.indexOf(words, from);
        if (start < 0) {
            throw new IllegalArgumentException("\"" + words + "\" is not in the body after " + from);
        }
        Map<String, Object> span = new LinkedHashMap<>();
        span.put("start", start);
        span.put("end", start + words.length());
        span.put("text", words);
        return span;
    }
}
