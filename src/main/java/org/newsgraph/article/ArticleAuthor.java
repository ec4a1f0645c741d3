package org.newsgraph.article;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The byline of an article: which people wrote it, in the order they are credited. */
@Entity
@IdClass(ArticleAuthor.Key.class)
public class ArticleAuthor extends PanacheEntityBase {

    @Id
    public Long articleId;

    @Id
    public int position;

    public Long personId;

    public record Key(Long articleId, int position) {
    }

    public static ArticleAuthor of(Long articleId, int position, Long personId) {
        ArticleAuthor author = new ArticleAuthor();
        author.articleId = articleId;
        author.position = position;
        author.personId = personId;
        return author;
    }

    public static List<ArticleAuthor> findByArticles(Collection<Long> articleIds) {
        return list("any_of(?1, articleId) order by articleId, position", (Object) articleIds.toArray(Long[]::new));
    }
}
