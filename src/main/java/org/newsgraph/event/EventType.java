package org.newsgraph.event;

public enum EventType {
    INVITATION,
    VISIT,
    MEETING,
    SUMMIT,
    AGREEMENT,
    STATEMENT,
    INVESTIGATION,
    ACCUSATION,
    DENIAL,
    ELECTION,
    CONFLICT,
    ATTACK,
    CANCELLATION,
    OTHER
}
