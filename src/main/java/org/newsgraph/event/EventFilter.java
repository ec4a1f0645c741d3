package org.newsgraph.event;

import java.time.LocalDate;

/** What {@code events(...)} was asked for; every part optional. */
public record EventFilter(EventType type, String participant, ParticipantRole role, String place, LocalDate from,
        LocalDate to) {
}
