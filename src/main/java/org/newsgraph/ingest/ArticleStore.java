package org.newsgraph.ingest;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleAuthor;
import org.newsgraph.article.NewsSource;
import org.newsgraph.entity.EntityKind;
import org.newsgraph.entity.EntityResolver;
import org.newsgraph.entity.NameKey;
import org.newsgraph.entity.NamedEntity;
import org.newsgraph.storage.AdvisoryLock;

/**
 * Stores articles, once each: an article whose content is already stored (same outlet, title and body)
 * is returned as it is, so that sending it again changes nothing. It stores the article, its outlet and
 * its byline; what the article says is the business of {@link IngestService} and {@link AnnotationImport}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ArticleStore {

    @Inject
    EntityResolver entities;

    /** The article of some content, and whether this call stored it (or found it already there). */
    public record Stored(Article article, boolean created) {
    }

    /**
     * The advisory locks {@link #store} holds for an article: its content, its outlet, its authors. A writer
     * that also resolves other names takes them all at once with {@link AdvisoryLock#holdAll}.
     */
    static List<String> lockKeys(ArticleInput input) {
        List<String> keys = new ArrayList<>();
        keys.add(contentLockKey(ContentHash.of(input.source(), input.title(), input.body())));
        if (input.source() != null) {
            keys.add(sourceLockKey(input.source().strip()));
        }
        input.authorNames().forEach(author -> keys.add(EntityResolver.lockKey(EntityKind.PERSON, author.strip())));
        return keys;
    }

    /** Stores an article that {@link ArticleCheck} found storable. */
    public Stored store(ArticleInput input) {
        String hash = ContentHash.of(input.source(), input.title(), input.body());
        AdvisoryLock.hold(contentLockKey(hash)); // the same article sent twice at once is stored once
        Optional<Article> existing = Article.findByContentHash(hash);
        if (existing.isPresent()) {
            return new Stored(existing.get(), false);
        }
        Article article = new Article();
        article.title = input.title().strip();
        article.body = input.body();
        article.url = input.url();
        article.publishedAt = input.publishedAt();
        article.sourceId = input.source() == null ? null : source(input.source().strip(), input.url()).id;
        article.contentHash = hash;
        article.ingestedAt = Instant.now();
        article.persist();
        List<String> authors = input.authorNames();
        for (int position = 0; position < authors.size(); position++) {
            NamedEntity author = entities.resolve(EntityKind.PERSON, authors.get(position).strip(), List.of(), List.of());
            ArticleAuthor.of(article.id, position, author.id).persist();
        }
        return new Stored(article, true);
    }

    private NewsSource source(String name, String url) {
        AdvisoryLock.hold(sourceLockKey(name));
        NewsSource source = NewsSource.findByName(name).orElseGet(() -> {
            NewsSource created = new NewsSource();
            created.name = name;
            created.nameKey = NameKey.of(name);
            created.persist();
            return created;
        });
        if (source.domain == null && url != null) {
            source.domain = domainOf(url);
        }
        return source;
    }

    /** The lock of an article's content: whoever holds it may store, or bring back, that article. */
    public static String contentLockKey(String hash) {
        return "article " + hash;
    }

    private static String sourceLockKey(String name) {
        return "source " + NameKey.of(name);
    }

    /** apnews.com for https://www.apnews.com/article/…; null for a URL without a host. */
    private static String domainOf(String url) {
        String host = URI.create(url).getHost();
        return host == null ? null : host.toLowerCase().replaceFirst("^www\\.", "");
    }
}
