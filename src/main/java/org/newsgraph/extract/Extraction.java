package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.List;

import org.newsgraph.entity.EntityKind;
import org.newsgraph.event.DatePrecision;
import org.newsgraph.event.EventType;
import org.newsgraph.event.ParticipantRole;

/**
 * What the extractor found in an article. Entities are referred to by their index in {@link #entities()}
 * (-1 for none); offsets are UTF-16 code units of the body, as in the annotated-article format.
 */
public record Extraction(List<Entity> entities, List<Quote> quotes, List<Event> events) {

    public record Entity(EntityKind kind, String name, List<String> aliases, List<String> titles, List<Mention> mentions) {
    }

    public record Mention(int start, int end, String text, String title) {
    }

    /**
     * @param sieve the attribution sieve that found the speaker ("none" when none did)
     * @param confidence how sure that sieve is, from 0 to 1
     * @param events the indices of the events the quote belongs to
     */
    public record Quote(int start, int end, String text, boolean partial, int speaker, int addressee, String sieve,
            double confidence, List<Integer> events) {
    }

    /** @param date the first day of its date, or null; {@code precision} says how much of it is known */
    public record Event(EventType type, String summary, LocalDate date, DatePrecision precision, String dateText, int place,
            List<Participant> participants, String evidence) {
    }

    public record Participant(int entity, ParticipantRole role) {
    }
}
