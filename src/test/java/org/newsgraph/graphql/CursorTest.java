package org.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void aCursorGivesBackTheSortKeyItWasMadeOf() {
        Cursor cursor = Cursor.decode("articles", Cursor.encode("articles", LocalDate.of(2018, 6, 15), 42L));
        assertEquals(LocalDate.of(2018, 6, 15), cursor.date(0));
        assertEquals(42L, cursor.id(1));
    }

    @Test
    void anItemWithoutADateKeepsItsPlace() {
        Cursor cursor = Cursor.decode("events", Cursor.encode("events", null, 7L));
        assertNull(cursor.date(0));
        assertEquals(7L, cursor.id(1));
    }

    @Test
    void textAndRanksSurviveTheRoundTrip() {
        Cursor cursor = Cursor.decode("people", Cursor.encode("people", "Kim Jöng-un | \"x\"", 0.0607927f));
        assertEquals("Kim Jöng-un | \"x\"", cursor.text(0));
        assertEquals(0.0607927f, cursor.rank(1));
    }

    @Test
    void aCursorOfAnotherConnectionIsRefused() {
        String people = Cursor.encode("people", "Kim", 1L);
        assertThrows(InvalidCursorException.class, () -> Cursor.decode("articles", people));
    }

    @Test
    void anythingElseIsRefused() {
        for (String token : new String[] { "", "!!", "bm90IGEgY3Vyc29y", Cursor.encode("people", "Kim", 1L) + "AA" }) {
            assertThrows(InvalidCursorException.class, () -> Cursor.decode("people", token), token);
        }
        // well-formed but with a key of the wrong kind: refused when read, not misread
        Cursor wrongKind = Cursor.decode("articles", Cursor.encode("articles", "not a date", "not an id"));
        assertThrows(InvalidCursorException.class, () -> wrongKind.date(0));
        assertThrows(InvalidCursorException.class, () -> wrongKind.id(1));
        String truncated = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[] { 0, 3, 'n', 'g', '1' });
        assertThrows(InvalidCursorException.class, () -> Cursor.decode("people", truncated));
    }
}
