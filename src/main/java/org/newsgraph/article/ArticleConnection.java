package org.newsgraph.article;

import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Name;
import org.newsgraph.graphql.Connection;
import org.newsgraph.graphql.Edge;
import org.newsgraph.graphql.Page;
import org.newsgraph.graphql.PageRequest;

public class ArticleConnection extends Connection<Article, ArticleConnection.ArticleEdge> {

    ArticleConnection(Page<Article> page, PageRequest request, LongSupplier totalCount) {
        super(page, request, ArticleEdge::new, totalCount);
    }

    @Name("ArticleEdge")
    public static class ArticleEdge extends Edge<Article> {

        ArticleEdge(String cursor, Article node) {
            super(cursor, node);
        }
    }
}
