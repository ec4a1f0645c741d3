package org.newsgraph.quote;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

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
    @Column(name = "speaker_id")
    public Long speakerId;

    /**
     * The speaker's row, when the query that read the quote fetched it too ({@code left join fetch q.speaker}):
     * the listings that nearly always show who spoke read both in one statement. Written through speakerId only.
     */
    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id", insertable = false, updatable = false)
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

    public static List<Quote> findByArticles(Collection<Long> articleIds) {
        return find("from Quote q left join fetch q.speaker where any_of(?1, q.articleId) order by q.articleId, q.start",
                (Object) articleIds.toArray(Long[]::new)).list();
    }

}
