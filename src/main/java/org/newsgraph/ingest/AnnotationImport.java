package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.newsgraph.article.Article;
import org.newsgraph.edit.EditHistory;
import org.newsgraph.edit.Ingested;
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
import org.newsgraph.storage.AdvisoryLock;
import org.newsgraph.storage.Transactions;

/**
 * Imports an annotated article: the article, then its entities, events and quotes, each resolved
 * against the graph (an entity or event already known is reused, not copied). All of it, or nothing:
 * everything is checked before a transaction starts, and written in one. The same document twice
 * changes nothing; hand annotations for an article the extractor already read replace its reading.
 * Each reading stored is recorded in the edit history, in its transaction, under the name of whoever sent it.
 */
@ApplicationScoped
public class AnnotationImport {

    @Inject
    ArticleCheck articles;

    @Inject
    ArticleStore store;

    @Inject
    EntityResolver entities;

    @Inject
    EventResolver events;

    @Inject
    ReadingRemoval readings;

    @Inject
    EditHistory history;

    /** Imports what a person or a newsroom's own NLP found in an article, sent by this editor. */
    public Article importDocument(@NotNull @Valid AnnotatedArticle document, String editor) {
        check(document);
        return Transactions.retryingConflicts(() -> write(document, false, editor)).article();
    }

    /**
     * Stores a raw article, which {@link ArticleCheck} found storable, with the extractor's reading of it;
     * an article already stored keeps its own.
     */
    ArticleStore.Stored importReading(AnnotatedArticle reading, String editor) {
        AnnotationCheck.check(reading); // the extractor's offsets are held to the same standard as anyone's
        return Transactions.retryingConflicts(() -> write(reading, true, editor));
    }

    private void check(AnnotatedArticle document) {
        articles.check(document.article());
        AnnotationCheck.check(document);
    }

    private ArticleStore.Stored write(AnnotatedArticle document, boolean byExtractor, String editor) {
        AdvisoryLock.holdAll(lockKeys(document));
        ArticleStore.Stored stored = store.store(document.article());
        Article article = stored.article();
        if (stored.created()) {
            article.readByExtractor = byExtractor;
            history.recordIngest(editor, annotate(article, document));
        } else if (!byExtractor && (article.readByExtractor || !isAnnotated(article))) {
            readings.remove(article);
            article.readByExtractor = false;
            history.recordIngest(editor, annotate(article, document));
        }
        return stored;
    }

    /** Every lock the write takes, to take them at once: see {@link AdvisoryLock#holdAll}. */
    private static List<String> lockKeys(AnnotatedArticle document) {
        List<String> keys = new ArrayList<>(ArticleStore.lockKeys(document.article()));
        document.entityList().forEach(entity -> keys.add(EntityResolver.lockKey(entity.kind(), entity.name())));
        return keys;
    }

    /** Stores the reading; what it stored, for the history. */
    private Ingested annotate(Article article, AnnotatedArticle annotations) {
        Map<String, NamedEntity> entitiesByRef = entities(article, annotations.entityList());
        Map<String, Event> eventsByRef = events(article, annotations.eventList(), entitiesByRef);
        List<Quote> quotes = quotes(article, annotations.quoteList(), entitiesByRef, eventsByRef);
        return new Ingested(article.id, article.title, quotes.stream().map(quote -> quote.id).toList(),
                eventsByRef.values().stream().map(event -> event.id).distinct().sorted().toList(),
                entitiesByRef.values().stream().map(entity -> entity.id).distinct().sorted().toList());
    }

    private static boolean isAnnotated(Article article) {
        return (Boolean) Article.getEntityManager().createNativeQuery("""
                select exists (select 1 from mention where article_id = ?1)
                    or exists (select 1 from quote where article_id = ?1)
                    or exists (select 1 from event_report where article_id = ?1)""")
                .setParameter(1, article.id)
                .getSingleResult();
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

    private static List<Quote> quotes(Article article, List<QuoteAnnotation> annotations, Map<String, NamedEntity> entitiesByRef,
            Map<String, Event> eventsByRef) {
        List<Quote> quotes = new ArrayList<>();
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
            quotes.add(quote);
        }
        return quotes;
    }
}
