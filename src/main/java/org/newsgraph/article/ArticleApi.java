package org.newsgraph.article;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsgraph.graphql.StorableDate;
import org.newsgraph.graphql.Ids;
import org.newsgraph.entity.GraphEntity;
import org.newsgraph.event.Event;
import org.newsgraph.event.EventReport;
import org.newsgraph.graphql.ApiConfig;
import org.newsgraph.graphql.PageRequest;
import org.newsgraph.quote.Quote;

/** Articles and sources: the queries that list them, and every field that returns them. */
@GraphQLApi
public class ArticleApi {

    @Inject
    ArticleService articles;

    @Inject
    ApiConfig config;

    @Query
    @Description("One article by its id.")
    public Article article(@Id @NonNull String id) {
        return articles.find(Ids.parse(id)).orElse(null);
    }

    @Query
    @NonNull
    @Description("Articles, latest first; with \"search\", best match first. \"source\" is an outlet's name or"
            + " domain; \"from\" and \"to\" bound the publication day.")
    public ArticleConnection articles(String search, String source, @StorableDate LocalDate from, @StorableDate LocalDate to,
            Integer first, String after) {
        ArticleFilter filter = new ArticleFilter(search, source, from, to);
        return articles.list(filter, PageRequest.of(ArticleService.CONNECTION, filter, first, after, config));
    }

    public List<NewsSource> source(@Source List<Article> articleBatch) {
        return articles.sourcesOf(articleBatch);
    }

    @NonNull
    @Description("What the outlet published, latest first.")
    @Name("articles")
    public List<@NonNull List<@NonNull Article>> articlesOfSource(@Source List<NewsSource> sources) {
        return articles.publishedBy(sources);
    }

    @NonNull
    @Description("The articles that mention it, latest first.")
    @Name("articles")
    public List<@NonNull List<@NonNull Article>> articlesMentioning(@Source List<GraphEntity> entities) {
        return articles.mentioning(entities);
    }

    @NonNull
    @Description("The articles that report it, earliest first.")
    @Name("articles")
    public List<@NonNull List<@NonNull Article>> articlesReporting(@Source List<Event> events) {
        return articles.reporting(events);
    }

    @NonNull
    @Description("The article it was quoted in.")
    @Name("article")
    public List<@NonNull Article> articleOfQuote(@Source List<Quote> quotes) {
        return articles.articlesOf(quotes, q -> q.articleId);
    }

    @NonNull
    @Description("The article that reports it this way.")
    @Name("article")
    public List<@NonNull Article> articleOfReport(@Source List<EventReport> reports) {
        return articles.articlesOf(reports, r -> r.articleId);
    }

    @Description("How many match, over all pages.")
    public int totalCount(@Source ArticleConnection connection) {
        return connection.countAll();
    }
}
