package org.newsgraph.auth;

/** What a request needs its caller to be allowed: to read, to change the graph, or to make an admin's change. */
public enum Need {
    READ(Roles.READERS),
    WRITE(Roles.WRITERS),
    ADMINISTER(Roles.ADMINS);

    final java.util.Set<String> roles;

    Need(java.util.Set<String> roles) {
        this.roles = roles;
    }
}
