package org.newsgraph.auth;

import java.util.Set;

/**
 * The three roles a token's {@code groups} claim may carry. Each includes the ones before it: an editor
 * reads, an admin edits.
 */
public final class Roles {

    public static final String READER = "reader";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    /** Who may read when anonymous reads are off. */
    static final Set<String> READERS = Set.of(READER, EDITOR, ADMIN);
    /** Who may ingest, import and correct. */
    static final Set<String> WRITERS = Set.of(EDITOR, ADMIN);
    /** Who may merge and delete. */
    static final Set<String> ADMINS = Set.of(ADMIN);
    /**
     * The mutations only an admin may run (they carry {@code @RolesAllowed(ADMIN)} too): known by name, so
     * that an editor asking for one is refused with 403 before the request runs.
     */
    public static final Set<String> ADMIN_MUTATIONS = Set.of("mergeEntities", "deleteArticle");

    private Roles() {
    }
}
