package org.newsgraph.edit;

import org.newsgraph.storage.Statements;

/**
 * Entity rows as an edit keeps them, in JSON, and back: the one way merges and name corrections snapshot an
 * entity and restore it. The columns PostgreSQL derives (node_type, search_vector) are left out, and
 * derived again when the row is written.
 */
final class EntityRows {

    private static final String RESTORE = """
            insert into entity (id, kind, name, aliases, titles, alias_keys, name_tokens, search_text)
            select r.id, r.kind, r.name, r.aliases, r.titles, r.alias_keys, r.name_tokens, r.search_text
            from jsonb_populate_record(null::entity, cast(?1 as jsonb) -> '%s') r
            on conflict (id) do update set name = excluded.name, aliases = excluded.aliases, titles = excluded.titles,
              alias_keys = excluded.alias_keys, name_tokens = excluded.name_tokens, search_text = excluded.search_text""";

    private EntityRows() {
    }

    /** SQL for the JSON of the entity whose id is the query's parameter {@code ?n} (null if there is none). */
    static String row(int parameter) {
        return "(select to_jsonb(e) - 'node_type' - 'search_vector' from entity e where e.id = ?" + parameter + ")";
    }

    /** Puts back the row a snapshot keeps under this key: inserted if it was deleted since, else updated. */
    static void restore(String snapshot, String key) {
        Statements.update(RESTORE.formatted(key), snapshot);
    }
}
