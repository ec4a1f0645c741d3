package org.newsgraph.feed;

import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleService;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/** The live feed: what enters the graph, as it enters, over a WebSocket (graphql-transport-ws on /graphql). */
@GraphQLApi
public class FeedApi {

    /** Articles heard of but not yet sent to a slow subscriber; one further behind gets an error, and subscribes again. */
    private static final int BACKLOG = 1000;

    @Inject
    IngestNotifications notifications;

    @Inject
    ArticleService articles;

    @Subscription
    @NonNull
    @Description("Each article as it enters the graph (through ingestArticle, importAnnotatedArticle, a bulk import"
            + " or the seed, on any replica of the service), once its transaction has committed; from the moment of"
            + " subscribing on.")
    public Multi<Article> articleIngested() {
        // the subscriber's own Vert.x context, where SmallRye GraphQL runs the nested fields of each article
        Context subscriber = Vertx.currentContext();
        return notifications.ingested()
                .onOverflow().buffer(BACKLOG)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(this::stored)
                .select().where(article -> article != null) // taken out again before it was sent
                .emitOn(task -> subscriber.runOnContext(ignored -> task.run()));
    }

    @ActivateRequestContext // a worker thread of its own, outside of any request
    Article stored(long id) {
        return articles.find(id).orElse(null);
    }
}
