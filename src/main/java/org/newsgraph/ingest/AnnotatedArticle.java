package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.Nullable;
import org.newsgraph.graphql.StorableDate;
import org.newsgraph.entity.EntityKind;
import org.newsgraph.event.DatePrecision;
import org.newsgraph.event.EventType;
import org.newsgraph.event.ParticipantRole;

/**
 * The annotated-article format: an article with what a reader (or a newsroom's own NLP) found in it.
 * The same JSON serves as the variables of {@code importAnnotatedArticle} and as a seed file. Entities and
 * events get a {@code ref} that is local to the document; quotes and participants point at those refs.
 * Offsets count UTF-16 code units of the body, as Java and JavaScript strings do, and every annotation
 * repeats the words it covers so that a wrong offset is caught instead of stored.
 */
@Input("AnnotatedArticleInput")
@Description("An article with its annotations: bring your own NLP.")
public record AnnotatedArticle(
        @NonNull @NotNull @Valid ArticleInput article,
        @Nullable @Size(max = 2000) List<@NotNull @Valid EntityAnnotation> entities,
        @Nullable @Size(max = 2000) List<@NotNull @Valid QuoteAnnotation> quotes,
        @Nullable @Size(max = 2000) List<@NotNull @Valid EventAnnotation> events) {

    public List<EntityAnnotation> entityList() {
        return entities == null ? List.of() : entities;
    }

    public List<QuoteAnnotation> quoteList() {
        return quotes == null ? List.of() : quotes;
    }

    public List<EventAnnotation> eventList() {
        return events == null ? List.of() : events;
    }

    @Input("EntityAnnotationInput")
    @Description("A person, organization, country or place the article names.")
    public record EntityAnnotation(
            @NonNull @NotBlank @Size(max = 100) String ref,
            @NonNull @NotNull EntityKind kind,
            @NonNull @NotBlank @Size(max = 200) String name,
            @Nullable List<@NotBlank @Size(max = 200) String> aliases,
            @Nullable List<@NotBlank @Size(max = 200) String> titles,
            @Nullable List<@NotNull @Valid MentionAnnotation> mentions) {

        public List<String> aliasList() {
            return aliases == null ? List.of() : aliases;
        }

        public List<String> titleList() {
            return titles == null ? List.of() : titles;
        }

        public List<MentionAnnotation> mentionList() {
            return mentions == null ? List.of() : mentions;
        }
    }

    @Input("MentionInput")
    @Description("Where the body names the entity: offsets, the words there, and any title used with them.")
    public record MentionAnnotation(
            @PositiveOrZero int start,
            @PositiveOrZero int end,
            @NonNull @NotBlank String text,
            @Size(max = 200) String title) implements Span {
    }

    @Input("QuoteAnnotationInput")
    @Description("A quote: the words between the quotation marks, who said them, to whom, and its events.")
    public record QuoteAnnotation(
            @PositiveOrZero int start,
            @PositiveOrZero int end,
            @NonNull @NotBlank String text,
            boolean partial,
            @Description("The ref of the speaker; none when the article does not say.") String speaker,
            @Description("The ref of whom it was said to.") String addressee,
            @Description("The refs of the events it belongs to.") @Nullable List<@NotBlank String> events,
            @Description("How the speaker was found (your NLP's method); \"annotation\" when not given.")
            @Size(max = 100) String attributedBy,
            @Description("How sure the speaker is, from 0 to 1; 1 when not given.") @DecimalMin("0") @DecimalMax("1")
            Double confidence) implements Span {

        public List<String> eventRefs() {
            return events == null ? List.of() : events;
        }
    }

    @Input("EventAnnotationInput")
    @Description("An event the article reports.")
    public record EventAnnotation(
            @NonNull @NotBlank @Size(max = 100) String ref,
            @NonNull @NotNull EventType type,
            @NonNull @NotBlank @Size(max = 1000) String summary,
            @Description("Any day of the period meant; with datePrecision MONTH or YEAR it stands for the whole month or year.")
            @StorableDate LocalDate date,
            DatePrecision datePrecision,
            @Description("The words that date it in this article: \"on Thursday\".") @Size(max = 200) String dateText,
            @Description("The ref of the place it happens.") String place,
            @Description("The words of the article that report it.") @Size(max = 2000) String evidence,
            @Nullable List<@NotNull @Valid ParticipantAnnotation> participants) {

        public List<ParticipantAnnotation> participantList() {
            return participants == null ? List.of() : participants;
        }
    }

    @Input("ParticipantInput")
    public record ParticipantAnnotation(
            @NonNull @NotBlank String entity,
            @NonNull @NotNull ParticipantRole role) {
    }

    /** Words of the body, by offsets, that an annotation claims to cover. */
    public interface Span {
        int start();

        int end();

        String text();
    }
}
