package org.newsgraph.quote;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsgraph.article.Article;
import org.newsgraph.entity.GraphEntity;
import org.newsgraph.event.Event;
import org.newsgraph.graphql.ApiConfig;
import org.newsgraph.graphql.NestedLimit;
import org.newsgraph.graphql.PageRequest;

/** Quotes: the query that lists them, and every field that returns them. */
@GraphQLApi
public class QuoteApi {

    @Inject
    QuoteService quotes;

    @Inject
    ApiConfig config;

    @Query
    @NonNull
    @Description("Quotes, latest first; with \"search\", best match first. \"speaker\" is any name of the speaker.")
    public QuoteConnection quotes(String speaker, String search, Integer first, String after) {
        PageRequest page = PageRequest.of(QuoteService.CONNECTION, List.of(String.valueOf(speaker), String.valueOf(search)),
                first, after, config);
        return quotes.list(speaker, search, page);
    }

    @NonNull
    @Description("The quotes the article carries, in reading order.")
    @Name("quotes")
    public List<@NonNull List<@NonNull Quote>> quotesOfArticle(@Source List<Article> articles) {
        return quotes.quotedIn(articles);
    }

    @NonNull
    @Description("What it said, latest first; with \"first\", only its latest so many (at most the page size"
            + " limit). For a popular speaker, page through all with the root query quotes(speaker:).")
    @Name("quotes")
    public List<@NonNull List<@NonNull Quote>> quotesOfSpeaker(@Source List<GraphEntity> entities, Integer first) {
        return quotes.spokenBy(entities, NestedLimit.of(first, config));
    }

    @NonNull
    @Description("The quotes that belong to the event, from every article that reports it.")
    @Name("quotes")
    public List<@NonNull List<@NonNull Quote>> quotesOfEvent(@Source List<Event> events) {
        return quotes.about(events);
    }

    @Description("How many match, over all pages.")
    public int totalCount(@Source QuoteConnection connection) {
        return connection.countAll();
    }
}
