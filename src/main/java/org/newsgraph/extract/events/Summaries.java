package org.newsgraph.extract.events;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

import org.newsgraph.event.ParticipantRole;
import org.newsgraph.extract.events.FoundEvent.Role;

/**
 * One sentence saying what happened, from an event's type and roles: "Vladimir Putin invited Kim Jong-un
 * to Russia." When the roles do not fill the pattern, the sentence of the article that told of it.
 */
public final class Summaries {

    private static final int LONGEST_EVIDENCE = 240;

    private Summaries() {
    }

    public static String of(FoundEvent event, IntFunction<String> nameOf) {
        String place = event.place() >= 0 ? nameOf.apply(event.place()) : null;
        Optional<String> summary = switch (event.type()) {
            case INVITATION -> both(event, ParticipantRole.INVITER, ParticipantRole.INVITEE, nameOf)
                    .map(p -> p[0] + " invited " + p[1] + (place != null ? " to " + place : "") + ".");
            case VISIT -> names(event, ParticipantRole.VISITOR, nameOf).filter(v -> place != null)
                    .map(v -> v + " visit" + (v.contains(" and ") ? "" : "s") + " " + place + ".");
            case MEETING, SUMMIT, AGREEMENT -> names(event, ParticipantRole.PARTICIPANT, nameOf).filter(p -> p.contains(" and "))
                    .map(p -> switch (event.type()) {
                        case MEETING -> p + " meet" + (place != null ? " in " + place : "") + ".";
                        case SUMMIT -> "A summit of " + p + (place != null ? " in " + place : "") + ".";
                        default -> p + " reach an agreement" + (place != null ? " in " + place : "") + ".";
                    });
            case INVESTIGATION -> both(event, ParticipantRole.SUBJECT, ParticipantRole.TARGET, nameOf)
                    .map(p -> p[0] + " investigates " + p[1] + ".");
            case ACCUSATION -> both(event, ParticipantRole.SUBJECT, ParticipantRole.TARGET, nameOf)
                    .map(p -> p[0] + " accuses " + p[1] + ".");
            default -> Optional.empty();
        };
        return summary.orElseGet(() -> shortened(event.evidence()));
    }

    private static Optional<String[]> both(FoundEvent event, ParticipantRole first, ParticipantRole second,
            IntFunction<String> nameOf) {
        Optional<String> a = names(event, first, nameOf);
        Optional<String> b = names(event, second, nameOf);
        return a.isPresent() && b.isPresent() ? Optional.of(new String[] { a.get(), b.get() }) : Optional.empty();
    }

    private static Optional<String> names(FoundEvent event, ParticipantRole role, IntFunction<String> nameOf) {
        List<String> names = event.participants().stream().filter(r -> r.role() == role).map(Role::entity).map(nameOf::apply).toList();
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1));
    }

    private static String shortened(String evidence) {
        String text = evidence.strip().replaceAll("\\s+", " ");
        if (text.length() <= LONGEST_EVIDENCE) {
            return text;
        }
        int lastSpace = text.lastIndexOf(' ', LONGEST_EVIDENCE);
        return text.substring(0, lastSpace > 0 ? lastSpace : LONGEST_EVIDENCE) + "…"; // no space: cut mid-word
    }
}
