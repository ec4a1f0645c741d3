package org.newsgraph.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.newsgraph.event.DatePrecision;
import org.newsgraph.event.EventType;
import org.newsgraph.extract.Extracted;
import org.newsgraph.extract.Extraction;

/** Dates read against the day the article was published (here Friday 2024-03-15). */
class DateFinderTest {

    @Test
    void aWeekdayIsTheLastOneBeforeTheArticle() {
        Extraction.Event visit = visit("Chancellor Greta Holm visited Warsaw on Thursday.");
        assertEquals(LocalDate.of(2024, 3, 14), visit.date());
        assertEquals(DatePrecision.DAY, visit.precision());
        assertEquals("on Thursday", visit.dateText());
    }

    @Test
    void aMonthInTheFutureIsNextYearsWhenItHasPassed() {
        Extraction.Event visit = visit("Chancellor Greta Holm will visit Warsaw in February.");
        assertEquals(LocalDate.of(2025, 2, 1), visit.date());
        assertEquals(DatePrecision.MONTH, visit.precision());
    }

    @Test
    void aYearAndAYearReferredBackTo() {
        Extraction.Event visit = visit("In 2015, Chancellor Greta Holm visited Warsaw.");
        assertEquals(LocalDate.of(2015, 1, 1), visit.date());
        assertEquals(DatePrecision.YEAR, visit.precision());
    }

    @Test
    void relativeDatesCountFromThePublicationDay() {
        assertEquals(LocalDate.of(2024, 2, 1), visit("Chancellor Greta Holm visited Warsaw last month.").date());
        assertEquals(LocalDate.of(2024, 3, 14), visit("Chancellor Greta Holm visited Warsaw yesterday.").date());
    }

    @Test
    void withoutAPublicationDayOnlyDatesWithTheirYearAreDated() {
        Extracted text = Extracted.from("Chancellor Greta Holm visited Warsaw on Thursday.", null);
        Extraction.Event visit = text.events(EventType.VISIT).get(0);
        assertEquals(null, visit.date());
        assertEquals("on Thursday", visit.dateText());
    }

    @Test
    void lastWeekdayIsThePreviousWeeksAndAWeekdayBeforeADateIsPartOfIt() {
        assertEquals(LocalDate.of(2024, 3, 8), visit("Chancellor Greta Holm visited Warsaw last Friday.").date());
        assertEquals(LocalDate.of(2024, 3, 21),
                visit("Chancellor Greta Holm will visit Warsaw on Thursday, March 21.").date());
    }

    @Test
    void whatAQuoteSaysOfTheFutureDoesNotMoveTheReportersDates() {
        Extraction.Event visit = visit("“We will be ready next year,” Holm said. Chancellor Greta Holm visited Warsaw on Monday.");
        assertEquals(LocalDate.of(2024, 3, 11), visit.date());
    }

    private static Extraction.Event visit(String body) {
        return Extracted.from(body).events(EventType.VISIT).get(0);
    }
}
