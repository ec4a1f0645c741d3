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

/** Corrections of the graph, each recorded and undoable, and the history of every change. */
@GraphQLApi
public class EditApi {

    @Inject
    EntityMerge merges;

    @Inject
    NameCorrections names;

    @Inject
    SpeakerCorrection speakers;

    @Inject
    ArticleDeletion deletions;

    @Inject
    Undo undos;

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
        return merges.merge(Ids.parse(keep), Ids.parse(merge), editor());
    }

    @Mutation
    @NonNull
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Description("Adds a name the entity goes by, so that lookups by it find the entity; at most 200 characters, with"
            + " letters or digits, and not one it has already. Recorded, and undone by undo(edit:).")
    public Edit addAlias(@NonNull @Id String entity, @NonNull String alias) {
        return names.addAlias(Ids.parse(entity), alias, editor());
    }

    @Mutation
    @NonNull
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Description("Gives the entity a new name (at most 200 characters); the old one becomes an alias, so it still finds"
            + " the entity, and an alias that was the new name is dropped. Recorded, and undone by undo(edit:).")
    public Edit renameEntity(@NonNull @Id String entity, @NonNull String name) {
        return names.rename(Ids.parse(entity), name, editor());
    }

    @Mutation
    @NonNull
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Description("Says who spoke the quote: a person, an organization or a country, or nobody the graph knows (no"
            + " speaker). Its attribution is then the editor's, with confidence 1. Recorded, and undone by undo(edit:).")
    public Edit attributeQuote(@NonNull @Id String quote, @Id String speaker) {
        return speakers.attribute(Ids.parse(quote), Ids.parse(speaker), editor());
    }

    @Mutation
    @NonNull
    @RolesAllowed(Roles.ADMIN)
    @Description("Takes the article out of the graph, with its quotes, mentions and reports, and the events and entities"
            + " only it named. An admin's; recorded, and undone by undo(edit:) unless the same article was ingested again.")
    public Edit deleteArticle(@NonNull @Id String article) {
        return deletions.delete(Ids.parse(article), editor());
    }

    @Mutation
    @NonNull
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Description("Takes a correction back: every row it changed returns as it was. Refused for an ingest or an undo, and"
            + " while a later correction of the same entity, quote, event or article stands: undo that one first.")
    public Edit undo(@NonNull @Id String edit) {
        return undos.undo(Ids.parse(edit), editor());
    }

    @Query
    @NonNull
    @Description("The changes that concern an entity, a quote, an event or an article, latest first: its ingest and"
            + " its corrections.")
    public List<@NonNull Edit> history(@NonNull @Id String subject) {
        return history.of(Ids.parse(subject));
    }

    private String editor() {
        return caller.getPrincipal().getName();
    }
}
