package org.newsgraph.event;

import org.eclipse.microprofile.graphql.Description;

@Description("The part an entity plays in an event. SUBJECT is who acts (who denies, accuses, investigates,"
        + " cancels); TARGET is who it is done to (the accused, the investigated, the attacked).")
public enum ParticipantRole {
    INVITER,
    INVITEE,
    HOST,
    VISITOR,
    INTERMEDIARY,
    PARTICIPANT,
    SUBJECT,
    TARGET
}
