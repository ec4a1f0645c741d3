package org.newsgraph.edit;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.newsgraph.graphql.BadUserInputException;

import io.quarkus.hibernate.orm.panache.Panache;

/** The edit history: written in the transaction of each ingest and correction, read per subject, latest first. */
@ApplicationScoped
public class EditHistory {

    private static final String COLUMNS = "id, at, editor, action, subjects, cast(before as text), cast(after as text), undoes, undone_by";

    @Transactional(Transactional.TxType.MANDATORY)
    Edit record(String editor, EditAction action, long[] subjects, String before, String after, Long undoes) {
        Object[] row = (Object[]) database().createNativeQuery("insert into edit (editor, action, subjects, before, after, undoes)"
                + " values (?1, ?2, ?3, cast(?4 as jsonb), cast(?5 as jsonb), ?6) returning " + COLUMNS)
                .setParameter(1, editor).setParameter(2, action.name())
                .setParameter(3, Arrays.stream(subjects).boxed().toArray(Long[]::new))
                .setParameter(4, before).setParameter(5, after).setParameter(6, undoes)
                .getSingleResult();
        return edit(row);
    }

    /** An undo of an edit, and the edit marked as undone by it. */
    @Transactional(Transactional.TxType.MANDATORY)
    Edit recordUndo(String editor, Edit undone, String before, String after) {
        long[] subjects = undone.subjects().stream().mapToLong(Long::parseLong).toArray();
        Edit undo = record(editor, EditAction.UNDO, subjects, before, after, Long.parseLong(undone.id()));
        database().createNativeQuery("update edit set undone_by = ?1 where id = ?2")
                .setParameter(1, Long.parseLong(undo.id())).setParameter(2, Long.parseLong(undone.id())).executeUpdate();
        return undo;
    }

    /** The edit to undo, locked against a second undo at the same time; refused if it cannot be undone. */
    @Transactional(Transactional.TxType.MANDATORY)
    Edit lockForUndo(long id) {
        List<?> rows = database().createNativeQuery("select " + COLUMNS + " from edit where id = ?1 for update")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new BadUserInputException("There is no edit with id " + id);
        }
        Edit edit = edit((Object[]) rows.get(0));
        if (edit.undoneBy() != null) {
            throw new BadUserInputException("Edit " + id + " was already undone, by edit " + edit.undoneBy());
        }
        if (edit.action() == EditAction.INGEST) {
            throw new BadUserInputException("Edit " + id + " is an ingest, which is not undone: deleteArticle takes an article out");
        }
        if (edit.action() == EditAction.UNDO) {
            throw new BadUserInputException("Edit " + id + " is an undo, which is not undone: make the correction again");
        }
        // a later correction of the same rows started from what this one left: taking this one back first would
        // put back rows that no longer fit, and that one's own undo would then restore the wrong ones
        List<?> later = database().createNativeQuery("select id from edit where id > ?1 and undone_by is null"
                + " and action not in ('INGEST', 'UNDO') and subjects && cast(?2 as bigint[]) order by id desc limit 1", Long.class)
                .setParameter(1, id).setParameter(2, edit.subjects().stream().map(Long::valueOf).toArray(Long[]::new))
                .getResultList();
        if (!later.isEmpty()) {
            throw new BadUserInputException("Edit " + later.get(0) + " changed the same rows after edit " + id + ": undo edit "
                    + later.get(0) + " first");
        }
        return edit;
    }

    /** An ingest, in the transaction that stores the article and its reading. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Edit recordIngest(String editor, Ingested ingested) {
        return record(editor, EditAction.INGEST, ingested.subjects(), "{}", ingested.json(), null);
    }

    /** The edits that concern a node (an entity, kept or merged away, a quote, an event, an article), latest first. */
    @Transactional
    public List<Edit> of(long subject) {
        List<?> rows = database().createNativeQuery("select " + COLUMNS + " from edit where subjects @> array[?1]::bigint[]"
                + " order by id desc").setParameter(1, subject).getResultList();
        return rows.stream().map(row -> edit((Object[]) row)).toList();
    }

    private static Edit edit(Object[] row) {
        Long[] subjects = toLongs(row[4]);
        return new Edit(String.valueOf(row[0]), toOffsetDateTime(row[1]), (String) row[2], EditAction.valueOf((String) row[3]),
                Arrays.stream(subjects).map(String::valueOf).toList(), (String) row[5], (String) row[6],
                row[7] == null ? null : String.valueOf(row[7]), row[8] == null ? null : String.valueOf(row[8]));
    }

    private static Long[] toLongs(Object array) {
        if (array instanceof Long[] longs) {
            return longs;
        }
        return Arrays.stream((Object[]) array).map(value -> ((Number) value).longValue()).toArray(Long[]::new);
    }

    private static OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    private static EntityManager database() {
        return Panache.getEntityManager();
    }
}
