package org.newsgraph.ingest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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
import org.newsgraph.extract.Prose;
import org.newsgraph.graphql.BadUserInputException;
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
    IngestConfig config;

    @Inject
    EntityResolver entities;

    /** The article of some content, and whether this call stored it (or found it already there). */
    public record Stored(Article article, boolean created) {
    }

    public Stored store(ArticleInput input) {
        checkStorable(input);
        String hash = ContentHash.of(input.source(), input.title(), input.body());
        AdvisoryLock.hold("article " + hash); // the same article sent twice at once is stored once
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
        AdvisoryLock.hold("source " + NameKey.of(name));
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

    /** apnews.com for https://www.apnews.com/article/…; null for a URL without a host. */
    private static String domainOf(String url) {
        String host = URI.create(url).getHost();
        return host == null ? null : host.toLowerCase().replaceFirst("^www\\.", "");
    }

    /** What Bean Validation cannot say: limits from configuration, and text PostgreSQL cannot store. */
    private void checkStorable(ArticleInput input) {
        if (input.body().length() > config.maxBodyLength()) {
            throw new BadUserInputException("The body has " + input.body().length() + " characters; the limit is "
                    + config.maxBodyLength());
        }
        Prose.problem(input.body()).ifPresent(problem -> {
            throw new BadUserInputException("The body does not read as prose: " + problem);
        });
        if (NameKey.of(input.source() == null ? "x" : input.source()).isEmpty()) {
            throw new BadUserInputException("\"source\" needs letters or digits");
        }
        boolean hasNul = Stream.concat(Stream.of(input.title(), input.body(), input.url(), input.source()),
                input.authorNames().stream()).anyMatch(text -> text != null && text.indexOf('\0') >= 0);
        if (hasNul) {
            throw new BadUserInputException("The article contains a NUL character (\\u0000), which cannot be stored");
        }
        if (input.url() != null) {
            try {
                URI.create(input.url());
            } catch (IllegalArgumentException e) {
                throw new BadUserInputException("\"url\" is not a valid URL: " + e.getMessage());
            }
        }
    }
}
