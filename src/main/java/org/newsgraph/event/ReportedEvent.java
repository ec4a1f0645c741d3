package org.newsgraph.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An event as one article reports it, its names already resolved to entities of the graph.
 *
 * @param date any day of the period meant, or null; {@code precision} says how much of it counts
 * @param reportedOn the day the reporting article was published, or null
 */
public record ReportedEvent(EventType type, String summary, LocalDate date, DatePrecision precision, String dateText,
        Long placeId, List<Role> participants, LocalDate reportedOn) {

    /** How far from its article's day an undated report may be of a dated event: news is about the recent past. */
    static final java.time.Period UNDATED_REACH = java.time.Period.ofYears(1);

    /** An entity in a role. */
    public record Role(Long entityId, ParticipantRole role) {
    }

    /**
     * The participants that make the event what it is: an invitation is who invited whom, whoever carried
     * the message. Intermediaries are left out, as one outlet names them and another does not.
     */
    Set<Role> core() {
        return participants.stream().filter(p -> p.role() != ParticipantRole.INTERMEDIARY).collect(Collectors.toSet());
    }

    /** The first day it can have happened: its date's, or for an undated report a year before the article. */
    LocalDate firstDay() {
        if (date != null) {
            return precision.firstDay(date);
        }
        return reportedOn == null ? null : reportedOn.minus(UNDATED_REACH);
    }

    LocalDate lastDay() {
        if (date != null) {
            return precision.lastDay(date);
        }
        return reportedOn == null ? null : reportedOn.plus(UNDATED_REACH);
    }
}
