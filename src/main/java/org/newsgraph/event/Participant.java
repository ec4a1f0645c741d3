package org.newsgraph.event;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "event_participant")
@IdClass(Participant.Key.class)
@Description("An entity in the role it plays in an event.")
public class Participant extends PanacheEntityBase {

    @Id
    @Ignore
    public Long eventId;

    @Id
    @Ignore
    public Long entityId;

    @Id
    @NonNull
    @Enumerated(EnumType.STRING)
    public ParticipantRole role;

    /** The event's type and date, copied by the database (V4) for the index of a participant's latest events. */
    @Ignore
    @Enumerated(EnumType.STRING)
    @Column(insertable = false, updatable = false)
    public EventType eventType;

    @Ignore
    @Column(insertable = false, updatable = false)
    public LocalDate eventDate;

    public record Key(Long eventId, Long entityId, ParticipantRole role) {
    }

    public static Participant of(Long eventId, Long entityId, ParticipantRole role) {
        Participant participant = new Participant();
        participant.eventId = eventId;
        participant.entityId = entityId;
        participant.role = role;
        return participant;
    }

    /** The participants of these events, each event's in the order of the roles (inviter before invitee). */
    public static List<Participant> findByEvents(Collection<Long> eventIds) {
        return Participant.<Participant> list("any_of(?1, eventId)", (Object) eventIds.toArray(Long[]::new)).stream()
                .sorted(Comparator.comparing((Participant p) -> p.eventId).thenComparing(p -> p.role).thenComparing(p -> p.entityId))
                .toList();
    }
}
