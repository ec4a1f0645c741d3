package org.newsgraph.quote;

import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Name;
import org.newsgraph.graphql.Connection;
import org.newsgraph.graphql.Edge;
import org.newsgraph.graphql.Page;
import org.newsgraph.graphql.PageRequest;

public class QuoteConnection extends Connection<Quote, QuoteConnection.QuoteEdge> {

    QuoteConnection(Page<Quote> page, PageRequest request, LongSupplier totalCount) {
        super(page, request, QuoteEdge::new, totalCount);
    }

    @Name("QuoteEdge")
    public static class QuoteEdge extends Edge<Quote> {

        QuoteEdge(String cursor, Quote node) {
            super(cursor, node);
        }
    }
}
