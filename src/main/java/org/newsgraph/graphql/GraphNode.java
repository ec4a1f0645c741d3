package org.newsgraph.graphql;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A node of the graph: anything with an {@code id: ID!}. All nodes draw their ids from one sequence, so
 * an id names one node whatever its type. Hibernate takes them 50 at a time, so that an import of many
 * nodes asks the sequence once per 50.
 */
@MappedSuperclass
public abstract class GraphNode extends PanacheEntityBase {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "node_ids")
    @SequenceGenerator(name = "node_ids", sequenceName = "node_id_seq", allocationSize = 50)
    @Id
    @NonNull
    public Long id;
}
