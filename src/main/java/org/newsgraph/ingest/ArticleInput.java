package org.newsgraph.ingest;

import org.newsgraph.graphql.StorableDate;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.Nullable;

/**
 * An article as a newsroom sends it. The body's length limit is configuration
 * ({@code newsgraph.ingest.max-body-length}), so it is checked by the ingest service, not here.
 */
@Input("ArticleInput")
@Description("An article to ingest, as published.")
public record ArticleInput(
        @NonNull @NotBlank @Size(max = 1000) String title,
        @NonNull @NotBlank String body,
        @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String url,
        @Description("The outlet's name: \"The Associated Press\".") @Size(max = 200) String source,
        @Description("The byline, one name per author.") @Nullable @Size(max = 50) List<@NotBlank @Size(max = 200) String> authors,
        @Description("The day it was published.") @StorableDate LocalDate publishedAt) {

    public List<String> authorNames() {
        return authors == null ? List.of() : authors;
    }
}
