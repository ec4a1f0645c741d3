package org.newsgraph.edit;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsgraph.graphql.BadUserInputException;
import org.newsgraph.ingest.ArticleStore;
import org.newsgraph.ingest.ReadingRemoval;
import org.newsgraph.storage.AdvisoryLock;
import org.newsgraph.storage.Statements;

/**
 * An admin takes an article out of the graph, with its reading: its quotes, mentions and reports, the events
 * only it reported and the entities only it named go too ({@link ReadingRemoval}). Every row it may delete
 * is recorded first, so that an undo can put back each one that went, with its id, and leave alone the
 * ones that stayed.
 */
@ApplicationScoped
public class ArticleDeletion implements Reversible {

    /**
     * The tables an article's deletion may take rows from, in the order their rows go back (each after the
     * rows it refers to), with the columns a row is kept with (not the ones PostgreSQL derives) and which of
     * their rows concern the article {@code ?1}.
     */
    private static final List<Rows> ROWS = List.of(
            new Rows("entities", "entity", "id, kind, name, aliases, titles, alias_keys, name_tokens, search_text",
                    "id in (" + ReadingRemoval.ENTITIES_OF_ARTICLE + ")"),
            new Rows("article", "article", "id, title, body, url, published_at, source_id, content_hash, ingested_at,"
                    + " read_by_extractor", "id = ?1"),
            new Rows("authors", "article_author", "article_id, position, person_id", "article_id = ?1"),
            new Rows("mentions", "mention", "id, article_id, entity_id, start_offset, end_offset, text, title", "article_id = ?1"),
            new Rows("events", "event", "id, type, summary, date, date_end, date_precision, date_text, place_id",
                    "id in (select event_id from event_report where article_id = ?1)"),
            new Rows("participants", "event_participant", "event_id, entity_id, role",
                    "event_id in (select event_id from event_report where article_id = ?1)"),
            new Rows("reports", "event_report", "event_id, article_id, date_text, evidence", "article_id = ?1"),
            new Rows("quotes", "quote", "id, article_id, text, start_offset, end_offset, partial, speaker_id, addressee_id,"
                    + " attributed_by, confidence, published_at", "article_id = ?1"),
            new Rows("quoteEvents", "quote_event", "quote_id, event_id",
                    "quote_id in (select id from quote where article_id = ?1)"));

    private static final String SNAPSHOT = "select cast(jsonb_build_object(" + ROWS.stream().map(Rows::snapshot)
            .collect(Collectors.joining(",\n")) + ") as text)";

    private record Rows(String key, String table, String columns, String ofArticle) {

        String snapshot() {
            return "'%s', coalesce((select jsonb_agg(to_jsonb(r)) from (select %s from %s where %s order by 1) r), '[]')"
                    .formatted(key, columns, table, ofArticle);
        }

        /** Only the rows that went come back: a row still there (an entity another article names) stays as it is. */
        String restore() {
            return "insert into %s (%s) select %s from jsonb_populate_recordset(null::%s, cast(?1 as jsonb) -> '%s')"
                    .formatted(table, columns, columns, table, key) + " on conflict do nothing";
        }
    }

    @Inject
    EditHistory history;

    @Inject
    ReadingRemoval readings;

    @Transactional
    public Edit delete(long articleId, String editor) {
        if (Statements.column("select id from article where id = ?1 for update", Long.class, articleId).isEmpty()) {
            throw new BadUserInputException("There is no article with id " + articleId);
        }
        String before = snapshot(articleId);
        List<Long> quotes = Statements.column("select id from quote where article_id = ?1 order by id", Long.class, articleId);
        ReadingRemoval.Removed removed = readings.removeArticle(articleId);
        long[] subjects = Stream.of(List.of(articleId), quotes, removed.events(), removed.entities()).flatMap(List::stream)
                .mapToLong(Long::longValue).toArray();
        return history.record(editor, EditAction.DELETE, subjects, before, snapshot(articleId), null);
    }

    @Override
    public Set<EditAction> actions() {
        return Set.of(EditAction.DELETE);
    }

    @Override
    public String snapshot(Edit deletion) {
        return snapshot(articleOf(deletion));
    }

    @Override
    public void restore(Edit deletion) {
        String before = deletion.before();
        String hash = Statements.text("select cast(?1 as jsonb) -> 'article' -> 0 ->> 'content_hash'", before);
        AdvisoryLock.hold(ArticleStore.contentLockKey(hash)); // an ingest of the same article waits for the undo
        List<Long> again = Statements.column("select id from article where content_hash = ?1", Long.class, hash);
        if (!again.isEmpty()) {
            throw new BadUserInputException("The same article (outlet, title and body) was ingested again since, as article "
                    + again.get(0) + "; it cannot be there twice");
        }
        ROWS.forEach(rows -> Statements.update(rows.restore(), before));
    }

    private static long articleOf(Edit deletion) {
        return Long.parseLong(deletion.subjects().get(0));
    }

    private static String snapshot(long articleId) {
        return Statements.text(SNAPSHOT, articleId);
    }
}
