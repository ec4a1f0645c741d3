package org.newsgraph.entity;

import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Name;
import org.newsgraph.graphql.Connection;
import org.newsgraph.graphql.Edge;
import org.newsgraph.graphql.Page;
import org.newsgraph.graphql.PageRequest;

public class PersonConnection extends Connection<Person, PersonConnection.PersonEdge> {

    PersonConnection(Page<Person> page, PageRequest request, LongSupplier totalCount) {
        super(page, request, PersonEdge::new, totalCount);
    }

    @Name("PersonEdge")
    public static class PersonEdge extends Edge<Person> {

        PersonEdge(String cursor, Person node) {
            super(cursor, node);
        }
    }
}
