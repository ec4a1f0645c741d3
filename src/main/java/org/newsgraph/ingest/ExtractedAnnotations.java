package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.newsgraph.extract.Extraction;
import org.newsgraph.ingest.AnnotatedArticle.EntityAnnotation;
import org.newsgraph.ingest.AnnotatedArticle.EventAnnotation;
import org.newsgraph.ingest.AnnotatedArticle.MentionAnnotation;
import org.newsgraph.ingest.AnnotatedArticle.ParticipantAnnotation;
import org.newsgraph.ingest.AnnotatedArticle.QuoteAnnotation;

/**
 * The extractor's reading of an article in the annotated-article format, so that what the extractor
 * finds and what a newsroom annotates enter the graph by one path. Entities become refs e0, e1…; events
 * v0, v1…; what would break the format's limits (a name past 200 characters) is left out.
 */
final class ExtractedAnnotations {

    private static final int LONGEST_NAME = 200;
    private static final int LONGEST_EVIDENCE = 2000;

    private ExtractedAnnotations() {
    }

    static AnnotatedArticle of(ArticleInput article, Extraction extraction) {
        List<Extraction.Entity> found = extraction.entities();
        List<EntityAnnotation> entities = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Extraction.Entity entity = found.get(i);
            if (entity.name().length() <= LONGEST_NAME) {
                entities.add(new EntityAnnotation(entity(i), entity.kind(), entity.name(), fitting(entity.aliases()),
                        fitting(entity.titles()), entity.mentions().stream()
                                .map(m -> new MentionAnnotation(m.start(), m.end(), m.text(), fits(m.title()) ? m.title() : null))
                                .toList()));
            }
        }
        Set<String> refs = entities.stream().map(EntityAnnotation::ref).collect(Collectors.toSet());
        List<EventAnnotation> events = IntStream.range(0, extraction.events().size())
                .mapToObj(i -> event(i, extraction.events().get(i), refs)).toList();
        List<QuoteAnnotation> quotes = extraction.quotes().stream().map(q -> quote(q, refs)).toList();
        return new AnnotatedArticle(article, entities, quotes, events);
    }

    private static EventAnnotation event(int index, Extraction.Event event, Set<String> refs) {
        List<ParticipantAnnotation> participants = event.participants().stream()
                .filter(p -> refs.contains(entity(p.entity())))
                .map(p -> new ParticipantAnnotation(entity(p.entity()), p.role()))
                .toList();
        String evidence = cut(event.evidence(), LONGEST_EVIDENCE);
        return new EventAnnotation("v" + index, event.type(), event.summary(), event.date(), event.precision(), event.dateText(),
                known(event.place(), refs), evidence, participants);
    }

    private static QuoteAnnotation quote(Extraction.Quote quote, Set<String> refs) {
        String speaker = known(quote.speaker(), refs);
        return new QuoteAnnotation(quote.start(), quote.end(), quote.text(), quote.partial(), speaker,
                known(quote.addressee(), refs), quote.events().stream().map(e -> "v" + e).toList(),
                speaker == null ? null : quote.sieve(), speaker == null ? null : quote.confidence());
    }

    private static String known(int entity, Set<String> refs) {
        return entity >= 0 && refs.contains(entity(entity)) ? entity(entity) : null;
    }

    /** At most so many characters, never cutting a surrogate pair (an emoji) in half. */
    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length);
    }

    private static String entity(int index) {
        return "e" + index;
    }

    private static List<String> fitting(List<String> names) {
        return names.stream().filter(ExtractedAnnotations::fits).toList();
    }

    private static boolean fits(String name) {
        return name != null && !name.isBlank() && name.length() <= LONGEST_NAME;
    }
}
