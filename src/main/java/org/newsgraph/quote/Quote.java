package org.newsgraph.quote;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Transient;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.entity.NamedEntity;
import org.newsgraph.graphql.GraphNode;

@Entity
@Description("Words an article puts in someone's mouth, between quotation marks.")
public class Quote extends GraphNode {

    @Ignore
    public Long articleId;

    @NonNull
    @Description("The quoted words, without the quotation marks.")
    public String text;

    @Column(name = "start_offset")
    @Description("Offset of the first quoted character in the article body (UTF-16 code units).")
    public int start;

    @Column(name = "end_offset")
    @Description("Offset just past the last quoted character.")
    public int end;

    @Description("True for a few words quoted inside the article's own sentence (“make all necessary efforts”).")
    public boolean partial;

    @Ignore
    public Long speakerId;

    /**
     * The speaker's row, when the query that read the quote read it too ({@link QuoteService}): the listings that
     * nearly always show who spoke read both in one statement. A field of this request's objects, not a mapping:
     * an association would leave proxies that the speaker's later load has to narrow, with a warning each time.
     */
    @Ignore
    @Transient
    public NamedEntity speaker;

    @Ignore
    public Long addresseeId;

    @Ignore
    public String attributedBy;

    @Ignore
    public Double confidence;

    @Ignore
    public LocalDate publishedAt;

    @Description("How the speaker was found; null when no speaker was.")
    public QuoteAttribution getAttribution() {
        return attributedBy == null ? null : new QuoteAttribution(attributedBy, confidence == null ? 1 : confidence);
    }

    /** Quotes with their speakers, from rows of (quote, speaker or null) as {@code left join NamedEntity} reads them. */
    static Quote withSpeaker(Object quote, Object speaker) {
        Quote withSpeaker = (Quote) quote;
        withSpeaker.speaker = (NamedEntity) speaker;
        return withSpeaker;
    }
}
