package org.newsgraph.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleAuthor;
import org.newsgraph.graphql.Alphabetical;
import org.newsgraph.graphql.BadUserInputException;
import org.newsgraph.graphql.Batches;
import org.newsgraph.graphql.Listing;
import org.newsgraph.graphql.PageRequest;
import org.newsgraph.graphql.Where;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EntityService {

    static final String PEOPLE = "people";
    static final String ENTITIES = "entities";
    private static final Alphabetical<Person> ALPHABETICAL = new Alphabetical<>("name", p -> p.name);
    private static final Alphabetical<NamedEntity> ENTITIES_ALPHABETICAL = new Alphabetical<>("name", e -> e.name);

    /** Prefix search over every word of every name, through the GIN index on search_vector. */
    private static final String NAME_WORDS_MATCH = "cast(sql('search_vector @@ to_tsquery(''simple'', ?)', :words) as Boolean)";

    @Inject
    NameLookup names;

    /** The entity with this id, or the one this name means; of the given kinds only. */
    public Optional<NamedEntity> find(Long id, String name, Set<EntityKind> kinds) {
        if (id == null && name == null) {
            throw new BadUserInputException("Give an \"id\" or a \"name\"");
        }
        Optional<NamedEntity> found = id != null ? NamedEntity.findByIdOptional(id) : names.find(name, kinds);
        return found.filter(entity -> kinds.contains(entity.kind));
    }

    public PersonConnection people(String search, PageRequest request) {
        Listing<Person> listing = new Listing<>(Person.class, "p", namesMatching(search));
        return new PersonConnection(ALPHABETICAL.page(listing, request), request, listing::count);
    }

    /** Entities of any kind, or of one, by name: what a search box offers beside articles and quotes. */
    public EntityConnection entities(String search, EntityKind kind, PageRequest request) {
        Where where = namesMatching(search);
        if (kind != null) {
            where.and("e.kind = :kind", "kind", kind);
        }
        Listing<NamedEntity> listing = new Listing<>(NamedEntity.class, "e", where);
        return new EntityConnection(ENTITIES_ALPHABETICAL.page(listing, request), request, listing::count);
    }

    /** "kim jong" finds names with words starting with kim and jong: the tsquery kim:* & jong:*. */
    private static Where namesMatching(String search) {
        Where where = new Where();
        if (search != null) {
            Set<String> words = NameKey.searchWords(List.of(search));
            if (words.isEmpty()) {
                throw new BadUserInputException("\"search\" needs letters or digits");
            }
            where.and(NAME_WORDS_MATCH, "words", words.stream().map(w -> w + ":*").collect(Collectors.joining(" & ")));
        }
        return where;
    }

    /**
     * For each article, the entities it mentions (of the given kinds), in order of first mention: the entities'
     * rows with the first mentions, in one statement.
     */
    public List<List<GraphEntity>> mentionedIn(List<Article> articles, Set<EntityKind> kinds) {
        List<Object[]> rows = Mention.getEntityManager().createQuery("""
                select f.articleId, e from NamedEntity e
                join (select m.articleId as articleId, m.entityId as entityId, min(m.start) as firstStart from Mention m
                      where any_of(:articles, m.articleId) group by m.articleId, m.entityId) f on f.entityId = e.id
                where any_of(:kinds, str(e.kind))
                order by f.articleId, f.firstStart""", Object[].class)
                .setParameter("articles", Batches.keys(articles, a -> a.id).toArray(Long[]::new))
                .setParameter("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
                .getResultList();
        return Batches.groupRows(articles, a -> a.id, rows, NamedEntity.class).stream()
                .map(entities -> entities.stream().map(NamedEntity::asGraphEntity).toList())
                .toList();
    }

    public List<List<GraphEntity>> authorsOf(List<Article> articles) {
        List<Object[]> bylines = ArticleAuthor.findByArticles(Batches.keys(articles, a -> a.id)).stream()
                .map(author -> new Object[] { author.articleId, author.personId })
                .toList();
        return resolve(articles, bylines);
    }

    /** Turns (article id, entity id) pairs into each article's list of entities, with one query for all. */
    private static List<List<GraphEntity>> resolve(List<Article> articles, List<Object[]> articleEntityPairs) {
        Map<Long, NamedEntity> entities = Batches.byKey(Batches.load(NamedEntity.class, articleEntityPairs.stream()
                .map(pair -> (Long) pair[1]).distinct().toList()), e -> e.id);
        List<List<Object[]>> pairsByArticle = Batches.group(articles, a -> a.id, articleEntityPairs, pair -> (Long) pair[0]);
        return pairsByArticle.stream()
                .map(pairs -> pairs.stream().map(pair -> entities.get((Long) pair[1]).asGraphEntity()).toList())
                .toList();
    }

    public List<List<Mention>> mentionsIn(List<Article> articles) {
        return Batches.group(articles, a -> a.id, Mention.findByArticles(Batches.keys(articles, a -> a.id)), m -> m.articleId);
    }

    /**
     * As {@link #entitiesOf(List, Function)}, without a statement when the query that read the parents read their
     * entities along: which it did depends on the field's path, never on the rows.
     */
    public <P> List<GraphEntity> entitiesOf(List<P> parents, Function<P, Long> key, Function<P, NamedEntity> fetched) {
        boolean allFetched = parents.stream().allMatch(p -> key.apply(p) == null || fetched.apply(p) != null);
        if (!allFetched) {
            return entitiesOf(parents, key);
        }
        return parents.stream().map(p -> key.apply(p) == null ? null : fetched.apply(p).asGraphEntity()).toList();
    }

    /** For each parent, in order, the entity its key points at, or null. */
    public <P> List<GraphEntity> entitiesOf(List<P> parents, Function<P, Long> key) {
        List<GraphEntity> entities = Batches.load(NamedEntity.class, Batches.keys(parents, key)).stream()
                .map(NamedEntity::asGraphEntity)
                .toList();
        return Batches.pick(parents, key, entities, GraphEntity::getId);
    }
}
