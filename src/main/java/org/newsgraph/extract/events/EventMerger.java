package org.newsgraph.extract.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.newsgraph.event.ParticipantRole;
import org.newsgraph.extract.events.DateFinder.DateMention;
import org.newsgraph.extract.events.FoundEvent.Role;

/**
 * Makes one event of the mentions an article makes of it: "Putin invited Kim…", later "our invitation",
 * "the invitation". Two mentions are one event when they are of the same type, no role of one names
 * someone the other's same role does not, the places agree (the same, or one inside the other: Moscow and
 * Russia, where the narrower is kept), and the dates overlap or one is missing. A
 * bare mention ("the invitation") joins the last event of its type; one with nothing to join is no
 * event. An event with neither participants nor place is dropped: a date alone says too little.
 */
final class EventMerger {

    /** Whether one place lies inside another: Moscow inside Russia. */
    interface Within {
        boolean test(int inner, int outer);
    }

    private final Within within;

    private EventMerger(Within within) {
        this.within = within;
    }

    static List<FoundEvent> merge(List<FoundEvent> found, Within within) {
        return new EventMerger(within).merge(found);
    }

    private List<FoundEvent> merge(List<FoundEvent> found) {
        List<FoundEvent> events = new ArrayList<>();
        for (FoundEvent mention : found) {
            int match = -1;
            for (int i = events.size() - 1; i >= 0 && match < 0; i--) {
                FoundEvent event = events.get(i);
                if (event.type() == mention.type() && (mention.isBare() || agree(event, mention))) {
                    match = i;
                }
            }
            if (match >= 0) {
                events.set(match, join(events.get(match), mention));
            } else if (!mention.isBare()) {
                events.add(mention);
            }
        }
        events.removeIf(e -> e.participants().isEmpty() && e.place() < 0);
        return List.copyOf(events);
    }

    private boolean agree(FoundEvent a, FoundEvent b) {
        if (a.place() >= 0 && b.place() >= 0 && a.place() != b.place() && !within.test(a.place(), b.place())
                && !within.test(b.place(), a.place())) {
            return false;
        }
        if (a.date() != null && b.date() != null && !overlap(a.date(), b.date())) {
            return false;
        }
        for (ParticipantRole role : ParticipantRole.values()) {
            Set<Integer> inA = entitiesIn(a, role);
            Set<Integer> inB = entitiesIn(b, role);
            if (!inA.isEmpty() && !inB.isEmpty() && inA.stream().noneMatch(inB::contains)) {
                return false;
            }
        }
        if (a.participants().isEmpty() || b.participants().isEmpty()) {
            // nobody to tell them by: one only when they happened at the same named place ("the summit in Singapore")
            return a.place() >= 0 && b.place() >= 0;
        }
        return a.participants().stream().anyMatch(b.participants()::contains);
    }

    private FoundEvent join(FoundEvent event, FoundEvent mention) {
        List<Integer> triggers = new ArrayList<>(event.triggers());
        triggers.addAll(mention.triggers());
        Set<Integer> sentences = new LinkedHashSet<>(event.sentences());
        sentences.addAll(mention.sentences());
        Set<Role> roles = new LinkedHashSet<>(event.participants());
        roles.addAll(mention.participants());
        DateMention date = event.date() == null ? mention.date()
                : mention.date() == null || !narrower(mention.date(), event.date()) ? event.date() : mention.date();
        return new FoundEvent(event.type(), triggers, List.copyOf(sentences), List.copyOf(roles),
                narrower(event.place(), mention.place()), date, event.evidence());
    }

    private int narrower(int place, int other) {
        return place < 0 || other >= 0 && within.test(other, place) ? other : place;
    }

    private static Set<Integer> entitiesIn(FoundEvent event, ParticipantRole role) {
        return event.participants().stream().filter(r -> r.role() == role).map(Role::entity).collect(Collectors.toSet());
    }

    private static boolean overlap(DateMention a, DateMention b) {
        if (a.date() == null || b.date() == null) {
            return true; // "on Thursday" in an article of unknown day could be any Thursday
        }
        return !a.precision().lastDay(a.date()).isBefore(b.precision().firstDay(b.date()))
                && !b.precision().lastDay(b.date()).isBefore(a.precision().firstDay(a.date()));
    }

    private static boolean narrower(DateMention a, DateMention b) {
        if (a.date() == null || b.date() == null) {
            return b.date() == null && a.date() != null; // a date beats words that could not be dated
        }
        return a.precision().ordinal() < b.precision().ordinal();
    }
}
