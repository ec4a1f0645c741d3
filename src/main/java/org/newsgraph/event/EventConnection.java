package org.newsgraph.event;

import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Name;
import org.newsgraph.graphql.Connection;
import org.newsgraph.graphql.Edge;
import org.newsgraph.graphql.Page;
import org.newsgraph.graphql.PageRequest;

public class EventConnection extends Connection<Event, EventConnection.EventEdge> {

    EventConnection(Page<Event> page, PageRequest request, LongSupplier totalCount) {
        super(page, request, EventEdge::new, totalCount);
    }

    @Name("EventEdge")
    public static class EventEdge extends Edge<Event> {

        EventEdge(String cursor, Event node) {
            super(cursor, node);
        }
    }
}
