package org.newsgraph.entity;

import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Name;
import org.newsgraph.graphql.Connection;
import org.newsgraph.graphql.Edge;
import org.newsgraph.graphql.Page;
import org.newsgraph.graphql.PageRequest;

/** Entities of every kind, served through the Entity interface, so a client asks for fragments per kind. */
public class EntityConnection extends Connection<GraphEntity, EntityConnection.EntityEdge> {

    EntityConnection(Page<NamedEntity> page, PageRequest request, LongSupplier totalCount) {
        super(asGraphEntities(page), request, EntityEdge::new, totalCount);
    }

    private static Page<GraphEntity> asGraphEntities(Page<NamedEntity> page) {
        return new Page<>(page.rows().stream().map(NamedEntity::asGraphEntity).toList(),
                entity -> page.cursorOf().apply((NamedEntity) entity));
    }

    @Name("EntityEdge")
    public static class EntityEdge extends Edge<GraphEntity> {

        EntityEdge(String cursor, GraphEntity node) {
            super(cursor, node);
        }
    }
}
