package org.newsgraph.ingest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.article.Article;
import org.newsgraph.auth.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The ways articles enter the graph: an editor's or an admin's. GraphQLRequestGuard refuses other callers
 * before the request runs; the annotations keep that true for any other way in.
 */
@GraphQLApi
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
public class IngestApi {

    @Inject
    IngestService ingest;

    @Inject
    AnnotationImport annotations;

    @Inject
    SecurityIdentity caller;

    @Mutation
    @NonNull
    @Description("Stores an article, reads its people, organizations, places, quotes (with their speakers) and events"
            + " into the graph, and returns it. Idempotent: the same outlet, title and body return the article already"
            + " stored, unchanged. All or nothing.")
    public Article ingestArticle(@NonNull @Valid ArticleInput input) {
        return ingest.ingest(input, editor()).article();
    }

    @Mutation
    @NonNull
    @Description("Imports an article with its annotations (entities with mentions, quotes with speakers, events"
            + " with participants), resolving them against the graph. All or nothing. For an article ingested raw, they"
            + " replace the extractor's reading; an article already annotated is returned unchanged.")
    public Article importAnnotatedArticle(@NonNull @Valid AnnotatedArticle input) {
        return annotations.importDocument(input, editor());
    }

    /** Who sends it, for the history. */
    private String editor() {
        return caller.getPrincipal().getName();
    }
}
