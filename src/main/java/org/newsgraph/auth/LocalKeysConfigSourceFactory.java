package org.newsgraph.auth;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.newsgraph.config.UnlistedConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;

/**
 * Safe by default and still zero-setup: with no identity provider configured (no
 * {@code mp.jwt.verify.publickey} or {@code .location}), tokens are verified against the service's own
 * key, made on first start in {@code newsgraph.auth.key-dir}, and signed with it
 * ({@link EditorTokenAnnouncer}). Configure a provider's key or JWKS URL and this contributes nothing.
 */
public class LocalKeysConfigSourceFactory implements ConfigSourceFactory {

    /** The issuer of the tokens the service signs for itself. */
    public static final String LOCAL_ISSUER = "newsgraph-local";
    static final String IN_USE = "newsgraph.auth.local-keys";
    private static final String KEY_DIR = "newsgraph.auth.key-dir";
    private static final String VERIFY_KEY = "mp.jwt.verify.publickey";
    private static final String VERIFY_KEY_LOCATION = "mp.jwt.verify.publickey.location";
    private static final String VERIFY_ISSUER = "mp.jwt.verify.issuer";
    private static final String SIGN_KEY_LOCATION = "smallrye.jwt.sign.key.location";
    /** Below application.properties (250), so that any real setting wins. */
    private static final int ORDINAL = 60;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Path directory = (isSet(context, KEY_DIR) ? Path.of(context.getValue(KEY_DIR).getValue())
                : Path.of(System.getProperty("user.home"), ".newsgraph", "keys")).toAbsolutePath();
        ConfigValue location = context.getValue(VERIFY_KEY_LOCATION);
        // a location of our own key, as the test build records it, is no identity provider's
        boolean providersKey = isSet(context, VERIFY_KEY_LOCATION) && !location.getValue().equals(keyLocation(directory));
        if (isSet(context, VERIFY_KEY) || providersKey) {
            return List.of();
        }
        return List.of(new LocalKeysConfigSource(directory));
    }

    private static String keyLocation(Path directory) {
        return "file:" + directory.resolve(LocalKeys.PUBLIC_KEY);
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    /** Set to something: smallrye-jwt's own default for "no key" is the word NONE. */
    private static boolean isSet(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value != null && value.getValue() != null && !value.getValue().isBlank() && !value.getValue().equals("NONE");
    }

    /** Makes the key pair on the first lookup of a key's location (see {@link UnlistedConfigSource}). */
    private static final class LocalKeysConfigSource extends UnlistedConfigSource {

        private final Path directory;

        LocalKeysConfigSource(Path directory) {
            super("NewsGraph local signing key", ORDINAL);
            this.directory = directory;
        }

        @Override
        public String getValue(String name) {
            return switch (name) {
                case IN_USE -> directory.toString();
                case VERIFY_ISSUER -> LOCAL_ISSUER;
                case VERIFY_KEY_LOCATION -> keyLocation(LocalKeys.ensureIn(directory));
                case SIGN_KEY_LOCATION -> "file:" + LocalKeys.ensureIn(directory).resolve(LocalKeys.PRIVATE_KEY);
                default -> null;
            };
        }
    }
}
