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
 * scope that handed it out (the list and the arguments it was asked with), so that a page can start
 * right after it (keyset pagination), and a cursor of another list, of another search, of an old format
 * or a typo is refused instead of silently misread.
 */
public final class Cursor {

    private static final String FORMAT = "ng1";

    private final String scope;
    private final List<String> values;

    private Cursor(String scope, List<String> values) {
        this.scope = scope;
        this.values = values;
    }

    /** The cursor of an item of a scope whose sort key is {@code values} (nulls allowed). */
    public static String encode(String scope, Object... values) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(FORMAT);
            out.writeUTF(scope);
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

    public static Cursor decode(String scope, String token) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(token)))) {
            if (!FORMAT.equals(in.readUTF()) || !scope.equals(in.readUTF())) {
                throw new InvalidCursorException();
            }
            int count = in.readUnsignedByte();
            List<String> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                values.add(in.readBoolean() ? in.readUTF() : null);
            }
            if (in.read() != -1) {
                throw new InvalidCursorException();
            }
            return new Cursor(scope, values);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
    }

    public long id(int index) {
        return parse(index, Long::parseLong);
    }

    public float rank(int index) {
        float rank = parse(index, Float::parseFloat);
        if (!Float.isFinite(rank)) {
            throw new InvalidCursorException();
        }
        return rank;
    }

    public String text(int index) {
        String text = parse(index, Function.identity());
        if (text.indexOf('\0') >= 0) {
            throw new InvalidCursorException();
        }
        return text;
    }

    /** A date, or null for an item without one. */
    public LocalDate date(int index) {
        if (index < values.size() && values.get(index) == null) {
            return null;
        }
        LocalDate date = parse(index, LocalDate::parse);
        if (date.isBefore(StorableDate.FIRST) || date.isAfter(StorableDate.LAST)) {
            throw new InvalidCursorException();
        }
        return date;
    }

    private <T> T parse(int index, Function<String, T> parser) {
        try {
            return parser.apply(values.get(index));
        } catch (RuntimeException e) {
            throw new InvalidCursorException();
        }
    }
}
