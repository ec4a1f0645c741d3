package org.newsgraph.article;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.entity.NameKey;
import org.newsgraph.graphql.GraphNode;

/** An outlet; served as the GraphQL type {@code Source}. */
@Entity
@Table(name = "source")
@Name("Source")
@Description("An outlet that publishes articles.")
public class NewsSource extends GraphNode {

    @NonNull
    public String name;

    @Ignore
    public String nameKey;

    @Description("Its web domain, when an article came with a URL: apnews.com.")
    public String domain;

    public static Optional<NewsSource> findByName(String name) {
        return find("nameKey", NameKey.of(name)).firstResultOptional();
    }

    /** A source by its name or by its domain: what a reader types for "source". */
    public static List<NewsSource> findByNameOrDomain(String nameOrDomain) {
        return list("nameKey = ?1 or domain = ?2", NameKey.of(nameOrDomain), nameOrDomain.strip().toLowerCase());
    }

}
