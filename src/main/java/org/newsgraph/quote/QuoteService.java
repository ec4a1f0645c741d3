package org.newsgraph.quote;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsgraph.article.Article;
import org.newsgraph.entity.GraphEntity;
import org.newsgraph.entity.NameLookup;
import org.newsgraph.entity.NamedEntity;
import org.newsgraph.event.Event;
import org.newsgraph.graphql.Batches;
import org.newsgraph.graphql.BestMatchFirst;
import org.newsgraph.graphql.FullTextSearch;
import org.newsgraph.graphql.LatestFirst;
import org.newsgraph.graphql.Listing;
import org.newsgraph.graphql.Page;
import org.newsgraph.graphql.PageRequest;
import org.newsgraph.graphql.Where;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QuoteService {

    static final String CONNECTION = "quotes";
    private static final LatestFirst<Quote> LATEST_FIRST = new LatestFirst<>("publishedAt", q -> q.publishedAt);
    private static final BestMatchFirst<Quote> BEST_MATCH_FIRST = new BestMatchFirst<>(FullTextSearch.RANK);

    @Inject
    NameLookup names;

    /** Quotes by a speaker and/or matching words: latest first, or best match first when searching. */
    public QuoteConnection list(String speaker, String search, PageRequest request) {
        Where where = new Where();
        if (speaker != null) {
            Optional<NamedEntity> speakerEntity = names.find(speaker, NameLookup.ANY_KIND);
            if (speakerEntity.isEmpty()) {
                return new QuoteConnection(Page.empty(), request, () -> 0);
            }
            where.and("q.speakerId = :speaker", "speaker", speakerEntity.get().id);
        }
        if (search != null) {
            FullTextSearch.filter(where, search);
        }
        Listing<Quote> listing = new Listing<>(Quote.class, "q", where);
        Page<Quote> page = search == null ? LATEST_FIRST.page(listing, request) : BEST_MATCH_FIRST.page(listing, request);
        return new QuoteConnection(page, request, listing::count);
    }

    /** For each article, its quotes in reading order. */
    public List<List<Quote>> quotedIn(List<Article> articles) {
        List<Quote> quotes = Quote.getEntityManager().createQuery("""
                select q, s from Quote q left join NamedEntity s on s.id = q.speakerId
                where any_of(:articles, q.articleId) order by q.articleId, q.start""", Object[].class)
                .setParameter("articles", Batches.keys(articles, a -> a.id).toArray(Long[]::new))
                .getResultStream().map(row -> Quote.withSpeaker(row[0], row[1])).toList();
        return Batches.group(articles, a -> a.id, quotes, q -> q.articleId);
    }

    /**
     * For each entity, its latest quotes, at most {@code limit} each: one statement for the whole batch,
     * which reads only those rows from the speaker index however much a popular speaker said.
     */
    @SuppressWarnings("unchecked")
    public List<List<Quote>> spokenBy(List<GraphEntity> entities, int limit) {
        List<Quote> quotes = Quote.getEntityManager().createNativeQuery("""
                select q.* from unnest(cast(:speakers as bigint[])) as speaker (id)
                cross join lateral (select * from quote where speaker_id = speaker.id
                                    order by published_at desc nulls last, id desc limit :limit) q""", Quote.class)
                .setParameter("speakers", Batches.keys(entities, GraphEntity::getId).toArray(Long[]::new))
                .setParameter("limit", limit)
                .getResultList();
        return Batches.group(entities, GraphEntity::getId, quotes, q -> q.speakerId);
    }

    /** For each event, the quotes that belong to it, article by article in reading order. */
    public List<List<Quote>> about(List<Event> events) {
        List<Object[]> rows = Quote.getEntityManager().createQuery("""
                select l.eventId, q, s from QuoteEvent l join Quote q on q.id = l.quoteId left join NamedEntity s on s.id = q.speakerId
                where any_of(:events, l.eventId) order by q.publishedAt nulls last, q.articleId, q.start""", Object[].class)
                .setParameter("events", Batches.keys(events, e -> e.id).toArray(Long[]::new))
                .getResultStream().map(row -> new Object[] { row[0], Quote.withSpeaker(row[1], row[2]) }).toList();
        return Batches.groupRows(events, e -> e.id, rows, Quote.class);
    }
}
