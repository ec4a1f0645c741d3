package org.newsgraph.edit;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One change of the graph, an ingest or a correction, as the edit history keeps it. */
@Type("Edit")
@Description("One change of the graph, an ingest or a correction: who made it, when, what it did, and the rows before and"
        + " after.")
public record Edit(
        @NonNull @Id String id,
        @NonNull OffsetDateTime at,
        @NonNull @Description("Who made it: the user the token names (\"seed\" for the seed corpus).") String editor,
        @NonNull EditAction action,
        @NonNull @Description("The ids of what it concerns: entities, quotes, events, articles.") @Id List<@NonNull String> subjects,
        @NonNull @Description("The rows it changed, as they were, in JSON.") String before,
        @NonNull @Description("The same rows, as it left them, in JSON.") String after,
        @Id @Description("The edit this one takes back, for an undo.") String undoes,
        @Id @Description("The edit that took this one back, if one did.") String undoneBy) {
}
