package org.newsgraph.extract.events;

import java.util.List;

import org.newsgraph.event.EventType;
import org.newsgraph.event.ParticipantRole;
import org.newsgraph.extract.events.DateFinder.DateMention;

/**
 * An event as the text gives it.
 *
 * @param triggers the token indices of the words that tell of it ("invited", later "the invitation")
 * @param sentences the indices of the sentences that tell of it
 * @param place the entity index of where it happens, or -1
 * @param date its date, or null
 * @param evidence the first sentence that tells of it
 */
public record FoundEvent(EventType type, List<Integer> triggers, List<Integer> sentences, List<Role> participants,
        int place, DateMention date, String evidence) {

    /** An entity (by index) in a role. */
    public record Role(int entity, ParticipantRole role) {
    }

    /** A mention that tells nothing of who, where or when: "this meeting", "the invitation". */
    boolean isBare() {
        return participants.isEmpty() && place < 0 && date == null;
    }
}
