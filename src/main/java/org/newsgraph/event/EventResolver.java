package org.newsgraph.event;

import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.newsgraph.event.ReportedEvent.Role;
import org.newsgraph.graphql.Batches;

/**
 * Event coreference: an article's event is an event the graph already holds when it has the same type,
 * the same core participants (the same set, or one set within the other when the smaller still names
 * two) and a compatible date (periods that overlap; an undated report stands for the year around its
 * article's day; an event nobody has dated fits any). An event of one participant ("Kim cancelled the
 * trip") says too little to be recognised by: it is only the same when both are dated and the dates
 * agree. Then the article is one more report of it, and what it adds (participants, a date, a place)
 * completes it; otherwise it is a new event.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EventResolver {

    /**
     * @param reportedAlready events this article has already reported; an article's own events are
     *     never merged with each other
     */
    public Event resolve(ReportedEvent reported, Collection<Long> reportedAlready) {
        Event event = sameEvent(reported, reportedAlready).orElseGet(() -> create(reported));
        Set<Role> known = Participant.findByEvents(List.of(event.id)).stream()
                .map(p -> new Role(p.entityId, p.role))
                .collect(Collectors.toSet());
        reported.participants().stream()
                .filter(known::add)
                .forEach(role -> Participant.of(event.id, role.entityId(), role.role()).persist());
        complete(event, reported);
        return event;
    }

    private static Optional<Event> sameEvent(ReportedEvent reported, Collection<Long> reportedAlready) {
        Set<Role> core = reported.core();
        if (core.isEmpty()) {
            return Optional.empty(); // nothing to recognise it by
        }
        List<Long> candidateIds = Event.getEntityManager().createQuery("""
                select distinct p.eventId from Participant p join Event e on e.id = p.eventId
                where e.type = :type and any_of(:entities, p.entityId) and p.role <> :intermediary""", Long.class)
                .setParameter("type", reported.type())
                .setParameter("entities", core.stream().map(Role::entityId).distinct().toArray(Long[]::new))
                .setParameter("intermediary", ParticipantRole.INTERMEDIARY)
                .getResultList().stream()
                .filter(id -> !reportedAlready.contains(id))
                .toList();
        if (candidateIds.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Set<Role>> coreById = Participant.findByEvents(candidateIds).stream()
                .filter(p -> p.role != ParticipantRole.INTERMEDIARY)
                .collect(Collectors.groupingBy(p -> p.eventId, Collectors.mapping(p -> new Role(p.entityId, p.role),
                        Collectors.toSet())));
        return Batches.load(Event.class, candidateIds).stream()
                .filter(e -> sameCore(core, coreById.getOrDefault(e.id, Set.of())))
                .filter(e -> datesAgree(e, reported, Math.min(core.size(), coreById.get(e.id).size())))
                .max(Comparator.comparing((Event e) -> shared(core, coreById.get(e.id))).thenComparing(e -> -e.id));
    }

    private static boolean datesAgree(Event event, ReportedEvent reported, int sharedCoreSize) {
        if (sharedCoreSize < 2 && (event.date == null || reported.date() == null)) {
            return false;
        }
        return event.dateCompatibleWith(reported.firstDay(), reported.lastDay());
    }

    private static boolean sameCore(Set<Role> a, Set<Role> b) {
        if (a.equals(b)) {
            return true;
        }
        return Math.min(a.size(), b.size()) >= 2 && (a.containsAll(b) || b.containsAll(a));
    }

    private static long shared(Set<Role> a, Set<Role> b) {
        return a.stream().filter(b::contains).count();
    }

    private static Event create(ReportedEvent reported) {
        Event event = new Event();
        event.type = reported.type();
        event.summary = reported.summary();
        event.persist();
        return event;
    }

    /** What a new report adds: a date where there was none or a more precise one, a place, the date's words. */
    private static void complete(Event event, ReportedEvent reported) {
        if (reported.date() != null && (event.date == null || span(reported) < ChronoUnit.DAYS.between(event.date, event.dateEnd))) {
            event.setDate(reported.date(), reported.precision());
            event.dateText = reported.dateText();
        }
        if (event.dateText == null) {
            event.dateText = reported.dateText();
        }
        if (event.placeId == null) {
            event.placeId = reported.placeId();
        }
    }

    private static long span(ReportedEvent reported) {
        return ChronoUnit.DAYS.between(reported.firstDay(), reported.lastDay());
    }
}
