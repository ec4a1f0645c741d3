package org.newsgraph.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.build.Jwt;

/**
 * With the service's own key in use (no identity provider), mints an editor's token on every start,
 * writes it beside the key and logs it, the way Jupyter prints its token URL: a newcomer can ingest at
 * once, and nobody without access to the machine's files or logs can.
 */
@ApplicationScoped
class EditorTokenAnnouncer {

    static final Duration LIFETIME = Duration.ofDays(30);

    @ConfigProperty(name = LocalKeysConfigSourceFactory.IN_USE)
    Optional<String> localKeys;

    void announce(@Observes StartupEvent startup) {
        if (localKeys.isEmpty()) {
            return;
        }
        Path tokenFile = Path.of(localKeys.get()).resolve(LocalKeys.EDITOR_TOKEN);
        String token = Jwt.issuer(LocalKeysConfigSourceFactory.LOCAL_ISSUER).upn("local-editor")
                .groups(Set.of(Roles.EDITOR)).expiresIn(LIFETIME).sign();
        try {
            LocalKeys.writeOwnerOnly(tokenFile, token);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the editor token to " + tokenFile, e);
        }
        Log.infof("No identity provider is configured: tokens are signed with this service's own key. An editor's"
                + " token, valid %d days, is in %s:%n    Authorization: Bearer %s", LIFETIME.toDays(), tokenFile, token);
    }
}
