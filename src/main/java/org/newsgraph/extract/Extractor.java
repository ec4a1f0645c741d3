package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newsgraph.extract.attribution.Attribution;
import org.newsgraph.extract.attribution.Attributor;
import org.newsgraph.extract.events.EventFinder;
import org.newsgraph.extract.events.FoundEvent;
import org.newsgraph.extract.events.Summaries;
import org.newsgraph.extract.names.DocumentEntities;
import org.newsgraph.extract.names.DocumentEntity;
import org.newsgraph.extract.names.EntityAssembler;
import org.newsgraph.extract.names.NameFinder;
import org.newsgraph.extract.names.NameMention;
import org.newsgraph.extract.quotes.QuoteFinder;
import org.newsgraph.extract.quotes.QuoteSpan;
import org.newsgraph.extract.text.Document;

/**
 * Reads an article body into an {@link Extraction}: its people, organizations, countries and places,
 * its quotes and who said them, and its events. A chain of small stages, each testable alone:
 * tokens and sentences → quotes → names → the article's entities → speakers → events. Deterministic
 * and free of I/O: one extractor, built once, serves every thread.
 */
public final class Extractor {

    /** Sieves sure enough to keep a quote that might not be speech ("called it “unacceptable”"). */
    private static final Set<String> SURE_SIEVES = Set.of("speech-verb-after", "speech-verb-before", "according-to",
            "reported-speech");

    private final QuoteFinder quoteFinder;
    private final NameFinder nameFinder;
    private final EntityAssembler entityAssembler;
    private final Attributor attributor;
    private final EventFinder eventFinder;

    public Extractor(Lexicons lexicons) {
        this.quoteFinder = new QuoteFinder(lexicons);
        this.nameFinder = new NameFinder(lexicons);
        this.entityAssembler = new EntityAssembler(lexicons);
        this.attributor = new Attributor(lexicons);
        this.eventFinder = new EventFinder(lexicons);
    }

    /**
     * @param publishedAt the day the article was published, which relative dates ("on Thursday") are read
     *     against; null when unknown
     */
    public Extraction extract(String body, LocalDate publishedAt) {
        Document document = Document.of(body, publishedAt);
        List<QuoteSpan> spans = quoteFinder.find(document);
        List<NameMention> names = nameFinder.find(document, spans);
        DocumentEntities entities = entityAssembler.assemble(document, names);
        List<Attribution> attributions = attributor.attribute(document, spans, entities);
        List<Integer> speakers = attributions.stream().map(Attribution::speaker).toList();
        List<FoundEvent> events = eventFinder.find(document, entities, spans, speakers);
        return new Extraction(entities(entities), quotes(document, spans, attributions, events), events(events, entities));
    }

    private static List<Extraction.Entity> entities(DocumentEntities entities) {
        return entities.all().stream().map(Extractor::entity).toList();
    }

    private static Extraction.Entity entity(DocumentEntity entity) {
        List<Extraction.Mention> mentions = entity.mentions().stream()
                .map(m -> new Extraction.Mention(m.start(), m.end(), m.text(), m.title()))
                .toList();
        return new Extraction.Entity(entity.kind(), entity.name(), entity.aliases(), entity.titles(), mentions);
    }

    private static List<Extraction.Quote> quotes(Document document, List<QuoteSpan> spans, List<Attribution> attributions,
            List<FoundEvent> events) {
        List<Extraction.Quote> quotes = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            QuoteSpan span = spans.get(i);
            Attribution attribution = attributions.get(i);
            if (span.doubtful() && !SURE_SIEVES.contains(attribution.sieve())) {
                continue;
            }
            quotes.add(new Extraction.Quote(span.start(), span.end(), span.text(), span.partial(), attribution.speaker(),
                    attribution.addressee(), attribution.sieve(), attribution.confidence(), eventsOf(document, span, events)));
        }
        return quotes;
    }

    /** The events a quote belongs to: told of in its sentence, or named in its words ("our invitation"). */
    private static List<Integer> eventsOf(Document document, QuoteSpan span, List<FoundEvent> events) {
        List<Integer> belongs = new ArrayList<>();
        int openSentence = document.sentenceOf(span.open()).index();
        int closeSentence = document.sentenceOf(span.close()).index();
        for (int e = 0; e < events.size(); e++) {
            FoundEvent event = events.get(e);
            boolean sameSentence = event.sentences().contains(openSentence) || event.sentences().contains(closeSentence);
            boolean named = event.triggers().stream().anyMatch(t -> span.open() < t && t < span.close());
            if (sameSentence || named) {
                belongs.add(e);
            }
        }
        return belongs;
    }

    private static List<Extraction.Event> events(List<FoundEvent> events, DocumentEntities entities) {
        return events.stream().map(e -> new Extraction.Event(e.type(), Summaries.of(e, i -> entities.get(i).name()),
                e.date() == null ? null : e.date().date(), e.date() == null ? null : e.date().precision(),
                e.date() == null ? null : e.date().text(), e.place(),
                e.participants().stream().map(p -> new Extraction.Participant(p.entity(), p.role())).toList(),
                e.evidence())).toList();
    }
}
