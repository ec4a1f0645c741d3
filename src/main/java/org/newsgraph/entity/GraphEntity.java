package org.newsgraph.entity;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/** The GraphQL {@code Entity} interface, which {@link Person}, {@link Organization} and {@link Place} implement. */
@Interface("Entity")
@Description("Something articles mention by name: a person, an organization, a country or a place.")
public interface GraphEntity {

    @Id
    @NonNull
    Long getId();

    @NonNull
    @Description("The name it is best known by.")
    String getName();

    @NonNull
    EntityKind getKind();

    @NonNull
    @Description("The other names articles use for it.")
    List<@NonNull String> getAliases();

    @NonNull
    @Description("The titles articles give it: \"Russian President\", \"the rogue state\".")
    List<@NonNull String> getTitles();
}
