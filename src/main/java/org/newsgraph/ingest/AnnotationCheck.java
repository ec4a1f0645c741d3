package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.entity.EntityKind;
import org.newsgraph.graphql.BadUserInputException;
import org.newsgraph.ingest.AnnotatedArticle.EntityAnnotation;
import org.newsgraph.ingest.AnnotatedArticle.EventAnnotation;
import org.newsgraph.ingest.AnnotatedArticle.QuoteAnnotation;
import org.newsgraph.ingest.AnnotatedArticle.Span;

/**
 * Checks what Bean Validation cannot: that the annotations of a document agree with its body and with
 * each other. Every problem is reported at once, with where it is, so a newsroom can fix its exporter in
 * one round trip.
 */
final class AnnotationCheck {

    private static final int MAX_REPORTED = 50;

    private final String body;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, EntityKind> entityKinds = new HashMap<>();
    private final Set<String> eventRefs = new HashSet<>();

    private AnnotationCheck(String body) {
        this.body = body;
    }

    static void check(AnnotatedArticle document) {
        AnnotationCheck check = new AnnotationCheck(document.article().body());
        check.entities(document.entityList());
        check.events(document.eventList());
        check.quotes(document.quoteList());
        check.report();
    }

    private void entities(List<EntityAnnotation> entities) {
        for (int i = 0; i < entities.size(); i++) {
            EntityAnnotation entity = entities.get(i);
            if (entityKinds.put(entity.ref(), entity.kind()) != null) {
                problems.add("entities[" + i + "]: ref \"" + entity.ref() + "\" is used twice");
            }
            for (int m = 0; m < entity.mentionList().size(); m++) {
                span("entities[" + i + "].mentions[" + m + "]", entity.mentionList().get(m));
            }
        }
    }

    private void events(List<EventAnnotation> events) {
        for (int i = 0; i < events.size(); i++) {
            EventAnnotation event = events.get(i);
            String where = "events[" + i + "]";
            if (!eventRefs.add(event.ref())) {
                problems.add(where + ": ref \"" + event.ref() + "\" is used twice");
            }
            if (event.datePrecision() != null && event.date() == null) {
                problems.add(where + ": datePrecision needs a date");
            }
            if (event.place() != null) {
                EntityKind kind = entity(where + ".place", event.place());
                if (kind != null && kind != EntityKind.PLACE && kind != EntityKind.COUNTRY) {
                    problems.add(where + ".place: \"" + event.place() + "\" is a " + kind + ", not a place or country");
                }
            }
            event.participantList().forEach(p -> entity(where + ".participants", p.entity()));
        }
    }

    private void quotes(List<QuoteAnnotation> quotes) {
        for (int i = 0; i < quotes.size(); i++) {
            QuoteAnnotation quote = quotes.get(i);
            String where = "quotes[" + i + "]";
            span(where, quote);
            if (quote.speaker() != null) {
                entity(where + ".speaker", quote.speaker());
            }
            if (quote.addressee() != null) {
                entity(where + ".addressee", quote.addressee());
            }
            for (String event : quote.eventRefs()) {
                if (!eventRefs.contains(event)) {
                    problems.add(where + ".events: no event has ref \"" + event + "\"");
                }
            }
        }
    }

    private EntityKind entity(String where, String ref) {
        EntityKind kind = entityKinds.get(ref);
        if (kind == null) {
            problems.add(where + ": no entity has ref \"" + ref + "\"");
        }
        return kind;
    }

    private void span(String where, Span span) {
        if (span.start() >= span.end() || span.end() > body.length()) {
            problems.add(where + ": offsets " + span.start() + "-" + span.end() + " are not a span of the "
                    + body.length() + "-character body");
        } else if (!body.substring(span.start(), span.end()).equals(span.text())) {
            problems.add(where + ": the body has \"" + body.substring(span.start(), span.end()) + "\" at "
                    + span.start() + "-" + span.end() + ", not \"" + span.text() + "\"");
        }
    }

    private void report() {
        if (!problems.isEmpty()) {
            throw new BadUserInputException("The annotations do not fit the article: " + problems.get(0)
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""),
                    problems.subList(0, Math.min(problems.size(), MAX_REPORTED)));
        }
    }
}
