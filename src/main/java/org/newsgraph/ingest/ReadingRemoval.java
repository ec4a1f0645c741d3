package org.newsgraph.ingest;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.newsgraph.article.Article;
import org.newsgraph.storage.Statements;

/**
 * Takes an article's reading out of the graph, so that a better one can take its place, or the article
 * with it: its mentions, quotes and event reports go, and with them the events no other article reports
 * and the entities nothing refers to any more. Entities and events that other articles also name stay as
 * they are (with whatever names, participants or dates this reading added to them).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReadingRemoval {

    private static final String ENTITIES_READ = """
            select entity_id from mention where article_id = ?1
            union select speaker_id from quote where article_id = ?1 and speaker_id is not null
            union select addressee_id from quote where article_id = ?1 and addressee_id is not null
            union select p.entity_id from event_participant p join event_report r on r.event_id = p.event_id
                  where r.article_id = ?1
            union select e.place_id from event e join event_report r on r.event_id = e.id
                  where r.article_id = ?1 and e.place_id is not null""";

    /** Every entity the article ?1 refers to, its byline's people too: the ones its deletion may take out. */
    public static final String ENTITIES_OF_ARTICLE = ENTITIES_READ + "\nunion select person_id from article_author where article_id = ?1";

    private static final String UNREFERENCED_ENTITIES = """
            delete from entity n where n.id = any(cast(?1 as bigint[]))
              and not exists (select 1 from mention m where m.entity_id = n.id)
              and not exists (select 1 from quote q where q.speaker_id = n.id or q.addressee_id = n.id)
              and not exists (select 1 from event_participant p where p.entity_id = n.id)
              and not exists (select 1 from event e where e.place_id = n.id)
              and not exists (select 1 from article_author a where a.person_id = n.id)
            returning n.id""";

    /** What a removal deleted besides the article's own rows: the events and entities nothing else referred to. */
    public record Removed(List<Long> events, List<Long> entities) {
    }

    public void remove(Article article) {
        remove(article.id, ENTITIES_READ, false);
    }

    /** Deletes the article, with its reading and its byline, and the byline's people nothing else refers to. */
    public Removed removeArticle(long articleId) {
        return remove(articleId, ENTITIES_OF_ARTICLE, true);
    }

    private static Removed remove(long articleId, String entitiesSql, boolean withArticle) {
        Long[] entities = ids(entitiesSql, articleId);
        Long[] events = ids("select event_id from event_report where article_id = ?1", articleId);
        // Rows that may go are locked first, in id order: a writer about to refer to one waits for this
        // transaction and then finds it gone (its foreign key fails and it runs again, see Transactions),
        // or this one waits for the writer and then sees its reference, and keeps the row.
        Statements.column("select id from event where id = any(cast(?1 as bigint[])) order by id for update", Long.class, (Object) events);
        Statements.column("select id from entity where id = any(cast(?1 as bigint[])) order by id for update", Long.class, (Object) entities);
        Statements.update("delete from quote where article_id = ?1", articleId); // their event links go with them
        Statements.update("delete from mention where article_id = ?1", articleId);
        Statements.update("delete from event_report where article_id = ?1", articleId);
        List<Long> deletedEvents = deleted("delete from event e where e.id = any(cast(?1 as bigint[]))"
                + " and not exists (select 1 from event_report r where r.event_id = e.id) returning e.id", events);
        if (withArticle) {
            Statements.update("delete from article where id = ?1", articleId); // its byline goes with it
        }
        return new Removed(deletedEvents, deleted(UNREFERENCED_ENTITIES, entities));
    }

    private static Long[] ids(String sql, long articleId) {
        return Statements.column(sql, Long.class, articleId).toArray(Long[]::new);
    }

    private static List<Long> deleted(String sql, Long[] ids) {
        return Statements.column(sql, Long.class, (Object) ids).stream().sorted().toList();
    }
}
