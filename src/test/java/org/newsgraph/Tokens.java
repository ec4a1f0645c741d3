package org.newsgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.newsgraph.auth.LocalKeys;
import org.newsgraph.auth.LocalKeysConfigSourceFactory;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Tokens for tests, from the key the service under test made for itself in {@link #KEYS} (the test
 * profile's key directory, and the packaged application's in {@link PackagedApplicationIT}): the editor's
 * it logged, or one minted with any roles.
 */
public final class Tokens {

    static final Path KEYS = Path.of("target/newsgraph-keys");

    private Tokens() {
    }

    /** The editor's token the service wrote on start, as a newcomer would copy it from the log. */
    static String editor() {
        try {
            return Files.readString(KEYS.resolve(LocalKeys.EDITOR_TOKEN)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("the service under test wrote no editor token", e);
        }
    }

    /** A token for a user with these roles, signed with the service's key. */
    static String of(String user, String... roles) {
        try {
            return Jwt.issuer(LocalKeysConfigSourceFactory.LOCAL_ISSUER).upn(user).groups(Set.of(roles))
                    .expiresIn(Duration.ofMinutes(10))
                    .sign(KeyUtils.decodePrivateKey(Files.readString(KEYS.resolve(LocalKeys.PRIVATE_KEY))));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gives a packaged application the tests' key directory. */
    public static class KeyDirectory implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            return Map.of("newsgraph.auth.key-dir", KEYS.toAbsolutePath().toString());
        }

        @Override
        public void stop() {
        }
    }
}
