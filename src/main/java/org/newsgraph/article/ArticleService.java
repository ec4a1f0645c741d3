package org.newsgraph.article;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.newsgraph.entity.GraphEntity;
import org.newsgraph.event.Event;
import org.newsgraph.graphql.BestMatchFirst;
import org.newsgraph.graphql.Batches;
import org.newsgraph.graphql.FullTextSearch;
import org.newsgraph.graphql.LatestFirst;
import org.newsgraph.graphql.Listing;
import org.newsgraph.graphql.Page;
import org.newsgraph.graphql.PageRequest;
import org.newsgraph.graphql.Where;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleService {

    static final String CONNECTION = "articles";

    private static final LatestFirst<Article> LATEST_FIRST = new LatestFirst<>("publishedAt", a -> a.publishedAt);
    /** Search hits rank the title's words above the body's (their weights in the tsvector). */
    private static final BestMatchFirst<Article> BEST_MATCH_FIRST = new BestMatchFirst<>(FullTextSearch.RANK);

    public Optional<Article> find(long id) {
        return Article.findByIdOptional(id);
    }

    public ArticleConnection list(ArticleFilter filter, PageRequest request) {
        Optional<Listing<Article>> listing = listing(filter);
        if (listing.isEmpty()) {
            return new ArticleConnection(Page.empty(), request, () -> 0);
        }
        Page<Article> page = filter.search() == null
                ? LATEST_FIRST.page(listing.get(), request)
                : BEST_MATCH_FIRST.page(listing.get(), request);
        return new ArticleConnection(page, request, listing.get()::count);
    }

    /** The articles that pass the filter; empty when nothing can (a source nobody publishes as). */
    private static Optional<Listing<Article>> listing(ArticleFilter filter) {
        Where where = new Where();
        if (filter.source() != null) {
            List<Long> sources = NewsSource.findByNameOrDomain(filter.source()).stream().map(s -> s.id).toList();
            if (sources.isEmpty()) {
                return Optional.empty();
            }
            where.and("any_of(:sources, a.sourceId)", "sources", sources.toArray(Long[]::new));
        }
        if (filter.from() != null) {
            where.and("a.publishedAt >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            where.and("a.publishedAt <= :to", "to", filter.to());
        }
        if (filter.search() != null) {
            FullTextSearch.filter(where, filter.search());
        }
        return Optional.of(new Listing<>(Article.class, "a", where));
    }

    public List<NewsSource> sourcesOf(List<Article> articles) {
        return Batches.pick(articles, a -> a.sourceId, Batches.load(NewsSource.class, Batches.keys(articles, a -> a.sourceId)), s -> s.id);
    }

    public List<List<Article>> publishedBy(List<NewsSource> sources) {
        List<Article> articles = Article.list("any_of(?1, sourceId) order by publishedAt desc nulls last, id desc",
                (Object) Batches.keys(sources, s -> s.id).toArray(Long[]::new));
        return Batches.group(sources, s -> s.id, articles, a -> a.sourceId);
    }

    /** For each entity, the articles that mention it, latest first. */
    public List<List<Article>> mentioning(List<GraphEntity> entities) {
        List<Object[]> pairs = Article.getEntityManager().createQuery("""
                select e.id, a from NamedEntity e, Article a
                where any_of(:entities, e.id) and exists (from Mention m where m.articleId = a.id and m.entityId = e.id)
                order by a.publishedAt desc nulls last, a.id desc""", Object[].class)
                .setParameter("entities", Batches.keys(entities, GraphEntity::getId).toArray(Long[]::new))
                .getResultList();
        return Batches.groupRows(entities, GraphEntity::getId, pairs, Article.class);
    }

    /** For each event, the articles that report it, earliest first: who had it first, then who followed. */
    public List<List<Article>> reporting(List<Event> events) {
        List<Object[]> pairs = Article.getEntityManager().createQuery("""
                select r.eventId, a from EventReport r join Article a on a.id = r.articleId
                where any_of(:events, r.eventId) order by a.publishedAt nulls last, a.id""", Object[].class)
                .setParameter("events", Batches.keys(events, e -> e.id).toArray(Long[]::new))
                .getResultList();
        return Batches.groupRows(events, e -> e.id, pairs, Article.class);
    }

    /** For each parent, in order, the article its key points at. */
    public <P> List<Article> articlesOf(List<P> parents, Function<P, Long> key) {
        return Batches.pick(parents, key, Batches.load(Article.class, Batches.keys(parents, key)), a -> a.id);
    }
}
