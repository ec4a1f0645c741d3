package org.newsgraph.graphql;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * The one cursor codec. A cursor is an opaque, URL-safe token that holds the sort key of an item and the
 * connection that handed it out, so that a page can start right after it (keyset pagination) and a
 * cursor from another connection, an old format or a typo is refused instead of silently misread.
 */
public final class Cursor {

    private static final String FORMAT = "ng1";

    private final String connection;
    private final List<String> values;

    private Cursor(String connection, List<String> values) {
        this.connection = connection;
        this.values = values;
    }

    /** The cursor of an item of {@code connection} whose sort key is {@code values} (nulls allowed). */
    public static String encode(String connection, Object... values) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(FORMAT);
            out.writeUTF(connection);
            out.writeByte(values.length);
            for (Object value : values) {
                out.writeBoolean(value != null);
                if (value != null) {
                    out.writeUTF(value.toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    public static Cursor decode(String connection, String token) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(token)))) {
            if (!FORMAT.equals(in.readUTF()) || !connection.equals(in.readUTF())) {
                throw new InvalidCursorException(connection);
            }
            int count = in.readUnsignedByte();
            List<String> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                values.add(in.readBoolean() ? in.readUTF() : null);
            }
            if (in.read() != -1) {
                throw new InvalidCursorException(connection);
            }
            return new Cursor(connection, values);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidCursorException(connection);
        }
    }

    public long id(int index) {
        return parse(index, Long::parseLong);
    }

    public float rank(int index) {
        return parse(index, Float::parseFloat);
    }

    public String text(int index) {
        return parse(index, Function.identity());
    }

    /** A date, or null for an item without one. */
    public LocalDate date(int index) {
        return index < values.size() && values.get(index) == null ? null : parse(index, LocalDate::parse);
    }

    private <T> T parse(int index, Function<String, T> parser) {
        try {
            return parser.apply(values.get(index));
        } catch (RuntimeException e) {
            throw new InvalidCursorException(connection);
        }
    }
}
