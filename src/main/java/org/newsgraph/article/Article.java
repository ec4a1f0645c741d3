package org.newsgraph.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Entity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.graphql.GraphNode;

@Entity
@Description("A news article as it was published.")
public class Article extends GraphNode {

    @NonNull
    public String title;

    @NonNull
    public String body;

    public String url;

    @Description("The day it was published, when known.")
    public LocalDate publishedAt;

    @Ignore
    public Long sourceId;

    @Ignore
    public String contentHash;

    @NonNull
    @Description("When NewsGraph received it.")
    public Instant ingestedAt;

    /** Whether its entities, quotes and events are the extractor's reading, which hand annotations replace. */
    @Ignore
    public boolean readByExtractor;

    public static Optional<Article> findByContentHash(String contentHash) {
        return find("contentHash", contentHash).firstResultOptional();
    }

}
