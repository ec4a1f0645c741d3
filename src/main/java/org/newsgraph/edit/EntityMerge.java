package org.newsgraph.edit;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsgraph.graphql.BadUserInputException;
import org.newsgraph.storage.Statements;

/**
 * Merges one entity into another (the same person under two names the resolver kept apart) and takes a
 * merge back. A merge moves every reference (mentions, quotes said and heard, places, bylines, roles in
 * events) to the entity kept, adds the other's names to its aliases, and deletes it; the rows it touched
 * are recorded first, so that undoing it puts each one back where it was and brings the entity back with
 * its id. All in one transaction with its history row.
 */
@ApplicationScoped
public class EntityMerge implements Reversible {

    /** The two entities and every row that refers to the one merged away, as they are now. */
    private static final String SNAPSHOT = """
            select cast(jsonb_build_object(
              'kept', %s,
              'merged', %s,
              'mentions', coalesce((select jsonb_agg(id order by id) from mention where entity_id = ?2), '[]'),
              'spoke', coalesce((select jsonb_agg(id order by id) from quote where speaker_id = ?2), '[]'),
              'addressed', coalesce((select jsonb_agg(id order by id) from quote where addressee_id = ?2), '[]'),
              'places', coalesce((select jsonb_agg(id order by id) from event where place_id = ?2), '[]'),
              'bylines', coalesce((select jsonb_agg(jsonb_build_array(article_id, position)) from article_author
                                   where person_id = ?2), '[]'),
              'roles', coalesce((select jsonb_agg(jsonb_build_array(event_id, role)) from event_participant
                                 where entity_id = ?2), '[]'),
              'keptRoles', coalesce((select jsonb_agg(jsonb_build_array(event_id, role)) from event_participant
                                     where entity_id = ?1), '[]')) as text)""".formatted(EntityRows.row(1), EntityRows.row(2));

    private static final String ADD_NAMES = """
            update entity a set
              aliases = (select coalesce(array_agg(distinct x order by x), '{}') from unnest(a.aliases || b.name || b.aliases) x
                         where x <> a.name),
              titles = (select coalesce(array_agg(distinct x order by x), '{}') from unnest(a.titles || b.titles) x),
              alias_keys = (select array_agg(distinct x order by x) from unnest(a.alias_keys || b.alias_keys) x),
              name_tokens = (select array_agg(distinct x order by x) from unnest(a.name_tokens || b.name_tokens) x),
              search_text = a.search_text || ' ' || b.search_text
            from entity b where a.id = ?1 and b.id = ?2""";

    /** The ids a snapshot lists under a key. */
    private static final String IDS = "select cast(x as bigint) from jsonb_array_elements_text(cast(?1 as jsonb) -> '%s') x";
    /** The (event, role) pairs a snapshot lists under a key. */
    private static final String ROLES = "select (x ->> 0)::bigint, x ->> 1 from jsonb_array_elements(cast(?1 as jsonb) -> '%s') x";

    @Inject
    EditHistory history;

    @Transactional
    public Edit merge(long keep, long merge, String editor) {
        if (keep == merge) {
            throw new BadUserInputException("An entity cannot be merged into itself");
        }
        var kinds = Statements.column("select kind from entity where id in (?1, ?2) order by id for update", String.class, keep, merge);
        if (kinds.size() != 2) {
            throw new BadUserInputException("There is no entity with id " + (exists(keep) ? merge : keep));
        }
        if (!kinds.get(0).equals(kinds.get(1))) {
            throw new BadUserInputException("A " + kinds.get(0) + " and a " + kinds.get(1) + " are not one entity");
        }
        String before = snapshot(keep, merge);
        Statements.update("update mention set entity_id = ?1 where entity_id = ?2", keep, merge);
        Statements.update("update quote set speaker_id = ?1 where speaker_id = ?2", keep, merge);
        Statements.update("update quote set addressee_id = ?1 where addressee_id = ?2", keep, merge);
        Statements.update("update event set place_id = ?1 where place_id = ?2", keep, merge);
        Statements.update("update article_author set person_id = ?1 where person_id = ?2", keep, merge);
        Statements.update("delete from event_participant p where p.entity_id = ?2 and exists (select 1 from event_participant k"
                + " where k.entity_id = ?1 and k.event_id = p.event_id and k.role = p.role)", keep, merge);
        Statements.update("update event_participant set entity_id = ?1 where entity_id = ?2", keep, merge);
        Statements.update(ADD_NAMES, keep, merge);
        Statements.update("delete from entity where id = ?1", merge);
        return history.record(editor, EditAction.MERGE, new long[] { keep, merge }, before, snapshot(keep, merge), null);
    }

    @Override
    public Set<EditAction> actions() {
        return Set.of(EditAction.MERGE);
    }

    @Override
    public String snapshot(Edit merge) {
        return snapshot(kept(merge), merged(merge));
    }

    @Override
    public void restore(Edit merge) {
        long keep = kept(merge);
        long merged = merged(merge);
        String before = merge.before();
        EntityRows.restore(before, "merged");
        EntityRows.restore(before, "kept");
        Statements.update("update mention set entity_id = ?2 where id in (" + IDS.formatted("mentions") + ")", before, merged);
        Statements.update("update quote set speaker_id = ?2 where id in (" + IDS.formatted("spoke") + ")", before, merged);
        Statements.update("update quote set addressee_id = ?2 where id in (" + IDS.formatted("addressed") + ")", before, merged);
        Statements.update("update event set place_id = ?2 where id in (" + IDS.formatted("places") + ")", before, merged);
        Statements.update("update article_author set person_id = ?2 where (article_id, position) in"
                + " (select (x ->> 0)::bigint, (x ->> 1)::int from jsonb_array_elements(cast(?1 as jsonb) -> 'bylines') x)", before, merged);
        // a role both had was one row after the merge: it is the kept one's, and the merged one gets its own again
        Statements.update("update event_participant set entity_id = ?2 where entity_id = ?3 and (event_id, role) in ("
                + ROLES.formatted("roles") + " except " + ROLES.formatted("keptRoles") + ")", before, merged, keep);
        Statements.update("insert into event_participant (event_id, entity_id, role) select r.event_id, ?2, r.role from ("
                + ROLES.formatted("roles") + " intersect " + ROLES.formatted("keptRoles") + ") r (event_id, role)", before, merged);
    }

    private static long kept(Edit merge) {
        return Long.parseLong(merge.subjects().get(0));
    }

    private static long merged(Edit merge) {
        return Long.parseLong(merge.subjects().get(1));
    }

    private static String snapshot(long keep, long merge) {
        return Statements.text(SNAPSHOT, keep, merge);
    }

    private static boolean exists(long id) {
        return !Statements.column("select id from entity where id = ?1", Long.class, id).isEmpty();
    }
}
