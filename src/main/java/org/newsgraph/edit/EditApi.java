package org.newsgraph.edit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.newsgraph.auth.Roles;
import org.newsgraph.graphql.Ids;

import io.quarkus.security.identity.SecurityIdentity;

/** Corrections of the graph, each recorded, and their history. */
@GraphQLApi
public class EditApi {

    @Inject
    EntityMerge merges;

    @Inject
    EditHistory history;

    @Inject
    SecurityIdentity caller;

    @Mutation
    @NonNull
    @RolesAllowed(Roles.ADMIN)
    @Description("Merges the entity \"merge\" into \"keep\": one person the graph knew under two names. Its names become"
            + " aliases of the one kept, and its mentions, quotes and roles move to it. An admin's; recorded, and undone"
            + " by undo(edit:).")
    public Edit mergeEntities(@NonNull @Id String keep, @NonNull @Id String merge) {
        return merges.merge(Ids.parse(keep), Ids.parse(merge), caller.getPrincipal().getName());
    }

    @Mutation
    @NonNull
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Description("Takes a merge back: the merged entity returns, with its id, names, mentions, quotes and roles.")
    public Edit undo(@NonNull @Id String edit) {
        return merges.undo(Ids.parse(edit), caller.getPrincipal().getName());
    }

    @Query
    @NonNull
    @Description("The corrections that concern an entity, latest first.")
    public List<@NonNull Edit> history(@NonNull @Id String subject) {
        return history.of(Ids.parse(subject));
    }
}
