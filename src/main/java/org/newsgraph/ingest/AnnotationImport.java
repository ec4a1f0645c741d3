package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.newsgraph.article.Article;
import org.newsgraph.entity.EntityResolver;
import org.newsgraph.entity.Mention;
import org.newsgraph.entity.NamedEntity;
import org.newsgraph.event.DatePrecision;
import org.newsgraph.event.Event;
import org.newsgraph.event.EventReport;
import org.newsgraph.event.EventResolver;
import org.newsgraph.event.ReportedEvent;
import org.newsgraph.ingest.AnnotatedArticle.EntityAnnotation;
import org.newsgraph.ingest.AnnotatedArticle.EventAnnotation;
import org.newsgraph.ingest.AnnotatedArticle.MentionAnnotation;
import org.newsgraph.ingest.AnnotatedArticle.QuoteAnnotation;
import org.newsgraph.quote.Quote;
import org.newsgraph.quote.QuoteEvent;

/**
 * Imports an annotated article: the article, then its entities, events and quotes, each resolved
 * against the graph (an entity or event already known is reused, not copied). All of it, or nothing:
 * it runs in one transaction, and the annotations are checked against the body before anything is
 * written. An article already stored with annotations is returned unchanged; one stored bare gets these.
 */
@ApplicationScoped
public class AnnotationImport {

    @Inject
    ArticleStore store;

    @Inject
    EntityResolver entities;

    @Inject
    EventResolver events;

    @Transactional
    public Article importDocument(@NotNull @Valid AnnotatedArticle document) {
        AnnotationCheck.check(document);
        ArticleStore.Stored stored = store.store(document.article());
        if (stored.created() || !isAnnotated(stored.article())) {
            annotate(stored.article(), document);
        }
        return stored.article();
    }

    /** Writes a stored article's annotations: its entities and their mentions, its events, its quotes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void annotate(Article article, AnnotatedArticle annotations) {
        AnnotationCheck.check(annotations);
        Map<String, NamedEntity> entitiesByRef = entities(article, annotations.entityList());
        Map<String, Event> eventsByRef = events(article, annotations.eventList(), entitiesByRef);
        quotes(article, annotations.quoteList(), entitiesByRef, eventsByRef);
    }

    private static boolean isAnnotated(Article article) {
        return Mention.count("articleId", article.id) + Quote.count("articleId", article.id)
                + EventReport.count("articleId", article.id) > 0;
    }

    private Map<String, NamedEntity> entities(Article article, List<EntityAnnotation> annotations) {
        Map<String, NamedEntity> byRef = new HashMap<>();
        for (EntityAnnotation annotation : annotations) {
            List<String> titles = Stream.concat(annotation.titleList().stream(),
                    annotation.mentionList().stream().map(MentionAnnotation::title).filter(t -> t != null)).toList();
            NamedEntity entity = entities.resolve(annotation.kind(), annotation.name(), annotation.aliasList(), titles);
            byRef.put(annotation.ref(), entity);
            for (MentionAnnotation span : annotation.mentionList()) {
                Mention mention = new Mention();
                mention.articleId = article.id;
                mention.entityId = entity.id;
                mention.start = span.start();
                mention.end = span.end();
                mention.text = span.text();
                mention.title = span.title();
                mention.persist();
            }
        }
        return byRef;
    }

    private Map<String, Event> events(Article article, List<EventAnnotation> annotations, Map<String, NamedEntity> entitiesByRef) {
        Map<String, Event> byRef = new HashMap<>();
        List<Long> reported = new ArrayList<>();
        for (EventAnnotation annotation : annotations) {
            List<ReportedEvent.Role> participants = annotation.participantList().stream()
                    .map(p -> new ReportedEvent.Role(entitiesByRef.get(p.entity()).id, p.role()))
                    .distinct()
                    .toList();
            ReportedEvent report = new ReportedEvent(annotation.type(), annotation.summary(), annotation.date(),
                    annotation.datePrecision() == null ? DatePrecision.DAY : annotation.datePrecision(),
                    annotation.dateText(), annotation.place() == null ? null : entitiesByRef.get(annotation.place()).id,
                    participants, article.publishedAt);
            Event event = events.resolve(report, reported);
            reported.add(event.id);
            byRef.put(annotation.ref(), event);
            EventReport.of(event.id, article.id, annotation.dateText(), annotation.evidence()).persist();
        }
        return byRef;
    }

    private static void quotes(Article article, List<QuoteAnnotation> annotations, Map<String, NamedEntity> entitiesByRef,
            Map<String, Event> eventsByRef) {
        for (QuoteAnnotation annotation : annotations) {
            Quote quote = new Quote();
            quote.articleId = article.id;
            quote.text = annotation.text();
            quote.start = annotation.start();
            quote.end = annotation.end();
            quote.partial = annotation.partial();
            quote.speakerId = annotation.speaker() == null ? null : entitiesByRef.get(annotation.speaker()).id;
            quote.addresseeId = annotation.addressee() == null ? null : entitiesByRef.get(annotation.addressee()).id;
            if (quote.speakerId != null) {
                quote.attributedBy = annotation.attributedBy() == null ? "annotation" : annotation.attributedBy();
                quote.confidence = annotation.confidence() == null ? 1.0 : annotation.confidence();
            }
            quote.publishedAt = article.publishedAt;
            quote.persist();
            annotation.eventRefs().stream().distinct()
                    .forEach(ref -> QuoteEvent.of(quote.id, eventsByRef.get(ref).id).persist());
        }
    }
}
