package org.newsgraph.entity;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.graphql.GraphNode;

@Entity
@Description("A place in an article's body that names an entity, with the title it used there.")
public class Mention extends GraphNode {

    @Ignore
    public Long articleId;

    @Ignore
    public Long entityId;

    @Column(name = "start_offset")
    @Description("Offset of the first character in the article body (UTF-16 code units, as JavaScript counts).")
    public int start;

    @Column(name = "end_offset")
    @Description("Offset just past the last character.")
    public int end;

    @NonNull
    @Description("The words of the body at that place.")
    public String text;

    @Description("The title the article gave the entity there: \"Russian President\".")
    public String title;

    public static List<Mention> findByArticles(Collection<Long> articleIds) {
        return list("any_of(?1, articleId) order by articleId, start", (Object) articleIds.toArray(Long[]::new));
    }
}
