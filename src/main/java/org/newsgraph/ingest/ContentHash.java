package org.newsgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

import org.newsgraph.entity.NameKey;

/**
 * What makes two submissions the same article: the same outlet, title and body, whatever the
 * whitespace or Unicode normalisation of the copy that was pasted. The same text from two outlets (an
 * agency story run by both) is two articles.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(String source, String title, String body) {
        String canonical = (source == null ? "" : NameKey.of(source)) + "\n" + normalise(title) + "\n" + normalise(body);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }
}
