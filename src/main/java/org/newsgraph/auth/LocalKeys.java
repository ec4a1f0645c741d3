package org.newsgraph.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import io.quarkus.logging.Log;
import io.smallrye.jwt.util.KeyUtils;

/**
 * The key pair a service with no identity provider signs and verifies its own tokens with: made on first
 * start in a directory beside its data, kept there (the private key readable by its owner only), never in
 * the repository.
 */
public final class LocalKeys {

    public static final String PUBLIC_KEY = "public-key.pem";
    public static final String PRIVATE_KEY = "private-key.pem";
    public static final String EDITOR_TOKEN = "editor-token";
    private static final int KEY_BITS = 2048;

    private LocalKeys() {
    }

    /** The directory's key pair, made now if it has none. */
    static synchronized Path ensureIn(Path directory) {
        Path publicKey = directory.resolve(PUBLIC_KEY);
        Path privateKey = directory.resolve(PRIVATE_KEY);
        if (Files.exists(publicKey) && Files.exists(privateKey)) {
            return directory;
        }
        try {
            Files.createDirectories(directory);
            KeyPair pair = KeyUtils.generateKeyPair(KEY_BITS);
            writeOwnerOnly(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            Log.infof("Made a signing key for tokens in %s", directory);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep a signing key in " + directory, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a file that only its owner may read: a private key, a token. */
    static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content, StandardCharsets.US_ASCII);
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
