package org.newsgraph.event;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.eclipse.microprofile.graphql.Description;

@Description("How much of an event's date the text gives: \"on June 14\" is DAY, \"in September\" MONTH, \"In 2015\" YEAR.")
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR;

    /** The first day a date of this precision stands for: 2018-09-01 for September 2018. */
    public LocalDate firstDay(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** The last day a date of this precision stands for: 2018-09-30 for September 2018. */
    public LocalDate lastDay(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth());
            case YEAR -> date.with(TemporalAdjusters.lastDayOfYear());
        };
    }
}
