package org.newsgraph.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An event as one article reports it, its names already resolved to entities of the graph.
 *
 * @param date any day of the period meant, or null; {@code precision} says how much of it counts
 */
public record ReportedEvent(EventType type, String summary, LocalDate date, DatePrecision precision, String dateText,
        Long placeId, List<Role> participants) {

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

    LocalDate firstDay() {
        return date == null ? null : precision.firstDay(date);
    }

    LocalDate lastDay() {
        return date == null ? null : precision.lastDay(date);
    }
}
