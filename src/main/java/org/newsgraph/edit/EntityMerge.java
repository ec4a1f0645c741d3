package org.newsgraph.edit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.newsgraph.graphql.BadUserInputException;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Merges one entity into another (the same person under two names the resolver kept apart) and takes a
 * merge back. A merge moves every reference (mentions, quotes said and heard, places, bylines, roles in
 * events) to the entity kept, adds the other's names to its aliases, and deletes it; the rows it touched
 * are recorded first, so that undoing it puts each one back where it was and brings the entity back with
 * its id. All in one transaction with its history row.
 */
@ApplicationScoped
public class EntityMerge {

    /** The two entities and every row that refers to the one merged away, as they are now. */
    private static final String SNAPSHOT = """
            select cast(jsonb_build_object(
              'kept', (select to_jsonb(e) - 'node_type' - 'search_vector' from entity e where e.id = ?1),
              'merged', (select to_jsonb(e) - 'node_type' - 'search_vector' from entity e where e.id = ?2),
              'mentions', coalesce((select jsonb_agg(id order by id) from mention where entity_id = ?2), '[]'),
              'spoke', coalesce((select jsonb_agg(id order by id) from quote where speaker_id = ?2), '[]'),
              'addressed', coalesce((select jsonb_agg(id order by id) from quote where addressee_id = ?2), '[]'),
              'places', coalesce((select jsonb_agg(id order by id) from event where place_id = ?2), '[]'),
              'bylines', coalesce((select jsonb_agg(jsonb_build_array(article_id, position)) from article_author
                                   where person_id = ?2), '[]'),
              'roles', coalesce((select jsonb_agg(jsonb_build_array(event_id, role)) from event_participant
                                 where entity_id = ?2), '[]'),
              'keptRoles', coalesce((select jsonb_agg(jsonb_build_array(event_id, role)) from event_participant
                                     where entity_id = ?1), '[]')) as text)""";

    private static final String ADD_NAMES = """
            update entity a set
              aliases = (select coalesce(array_agg(distinct x order by x), '{}') from unnest(a.aliases || b.name || b.aliases) x
                         where x <> a.name),
              titles = (select coalesce(array_agg(distinct x order by x), '{}') from unnest(a.titles || b.titles) x),
              alias_keys = (select array_agg(distinct x order by x) from unnest(a.alias_keys || b.alias_keys) x),
              name_tokens = (select array_agg(distinct x order by x) from unnest(a.name_tokens || b.name_tokens) x),
              search_text = a.search_text || ' ' || b.search_text
            from entity b where a.id = ?1 and b.id = ?2""";

    private static final String RESTORE_MERGED = """
            insert into entity (id, kind, name, aliases, titles, alias_keys, name_tokens, search_text)
            select r.id, r.kind, r.name, r.aliases, r.titles, r.alias_keys, r.name_tokens, r.search_text
            from jsonb_populate_record(null::entity, cast(?1 as jsonb) -> 'merged') r""";

    private static final String RESTORE_KEPT = """
            update entity a set aliases = r.aliases, titles = r.titles, alias_keys = r.alias_keys,
              name_tokens = r.name_tokens, search_text = r.search_text
            from jsonb_populate_record(null::entity, cast(?1 as jsonb) -> 'kept') r where a.id = r.id""";

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
        EntityManager database = Panache.getEntityManager();
        var kinds = database.createNativeQuery("select kind from entity where id in (?1, ?2) order by id for update", String.class)
                .setParameter(1, keep).setParameter(2, merge).getResultList();
        if (kinds.size() != 2) {
            throw new BadUserInputException("There is no entity with id " + (exists(database, keep) ? merge : keep));
        }
        if (!kinds.get(0).equals(kinds.get(1))) {
            throw new BadUserInputException("A " + kinds.get(0) + " and a " + kinds.get(1) + " are not one entity");
        }
        String before = snapshot(database, keep, merge);
        update(database, "update mention set entity_id = ?1 where entity_id = ?2", keep, merge);
        update(database, "update quote set speaker_id = ?1 where speaker_id = ?2", keep, merge);
        update(database, "update quote set addressee_id = ?1 where addressee_id = ?2", keep, merge);
        update(database, "update event set place_id = ?1 where place_id = ?2", keep, merge);
        update(database, "update article_author set person_id = ?1 where person_id = ?2", keep, merge);
        update(database, "delete from event_participant p where p.entity_id = ?2 and exists (select 1 from event_participant k"
                + " where k.entity_id = ?1 and k.event_id = p.event_id and k.role = p.role)", keep, merge);
        update(database, "update event_participant set entity_id = ?1 where entity_id = ?2", keep, merge);
        update(database, ADD_NAMES, keep, merge);
        update(database, "delete from entity where id = ?1", merge);
        return history.record(editor, EditAction.MERGE, new long[] { keep, merge }, before, snapshot(database, keep, merge), null);
    }

    @Transactional
    public Edit undo(long editId, String editor) {
        Edit merge = history.lockForUndo(editId);
        EntityManager database = Panache.getEntityManager();
        long keep = Long.parseLong(merge.subjects().get(0));
        long merged = Long.parseLong(merge.subjects().get(1));
        String before = merge.before();
        String current = snapshot(database, keep, merged);
        update(database, RESTORE_MERGED, before);
        update(database, RESTORE_KEPT, before);
        update(database, "update mention set entity_id = ?2 where id in (" + IDS.formatted("mentions") + ")", before, merged);
        update(database, "update quote set speaker_id = ?2 where id in (" + IDS.formatted("spoke") + ")", before, merged);
        update(database, "update quote set addressee_id = ?2 where id in (" + IDS.formatted("addressed") + ")", before, merged);
        update(database, "update event set place_id = ?2 where id in (" + IDS.formatted("places") + ")", before, merged);
        update(database, "update article_author set person_id = ?2 where (article_id, position) in"
                + " (select (x ->> 0)::bigint, (x ->> 1)::int from jsonb_array_elements(cast(?1 as jsonb) -> 'bylines') x)", before, merged);
        // a role both had was one row after the merge: it is the kept one's, and the merged one gets its own again
        update(database, "update event_participant set entity_id = ?2 where entity_id = ?3 and (event_id, role) in ("
                + ROLES.formatted("roles") + " except " + ROLES.formatted("keptRoles") + ")", before, merged, keep);
        update(database, "insert into event_participant (event_id, entity_id, role) select r.event_id, ?2, r.role from ("
                + ROLES.formatted("roles") + " intersect " + ROLES.formatted("keptRoles") + ") r (event_id, role)", before, merged);
        return history.recordUndo(editor, merge, current, snapshot(database, keep, merged));
    }

    private static String snapshot(EntityManager database, long keep, long merge) {
        return (String) database.createNativeQuery(SNAPSHOT, String.class).setParameter(1, keep).setParameter(2, merge)
                .getSingleResult();
    }

    private static boolean exists(EntityManager database, long id) {
        return !database.createNativeQuery("select id from entity where id = ?1", Long.class).setParameter(1, id)
                .getResultList().isEmpty();
    }

    private static void update(EntityManager database, String sql, Object... parameters) {
        var query = database.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }
}
