package org.newsgraph.auth;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * Who may do what, decided before anything runs: writes (mutations, the bulk import) take an editor's or
 * an admin's token; reads take none unless anonymous reads are switched off, and then a reader's.
 */
@ApplicationScoped
public class Access {

    /** Why a request is refused: its HTTP status, its {@code extensions.code} and the message. */
    public record Refusal(int status, String code, String message) {
    }

    @ConfigProperty(name = "newsgraph.auth.anonymous-reads", defaultValue = "true")
    boolean anonymousReads;

    /** Who sent a request: Quarkus has checked its token before any route runs (null for none). */
    public static SecurityIdentity callerOf(RoutingContext context) {
        return context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
    }

    /** The refusal of a request by this caller (null or anonymous for no token), if it is refused. */
    public Optional<Refusal> refusal(SecurityIdentity caller, Need need) {
        boolean anonymous = caller == null || caller.isAnonymous();
        if (need == Need.READ && anonymousReads) {
            return Optional.empty();
        }
        String what = switch (need) {
            case READ -> "read the graph";
            case WRITE -> "change the graph";
            case ADMINISTER -> "merge entities or delete articles";
        };
        if (anonymous) {
            return Optional.of(new Refusal(401, "UNAUTHENTICATED", "It takes a token to " + what
                    + ": send it as \"Authorization: Bearer <token>\""));
        }
        if (need.roles.stream().noneMatch(caller::hasRole)) {
            return Optional.of(new Refusal(403, "FORBIDDEN", "The token of " + caller.getPrincipal().getName()
                    + " does not carry a role that may " + what + ": " + need.roles));
        }
        return Optional.empty();
    }
}
