package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.newsgraph.entity.EntityKind;
import org.newsgraph.event.EventType;
import org.newsgraph.event.ParticipantRole;

/** What the extractor reads in a text, asked the way a test asks: by names and by the first words of quotes. */
public final class Extracted {

    private static final Extractor EXTRACTOR = new Extractor(Lexicons.load());

    private final Extraction extraction;

    private Extracted(Extraction extraction) {
        this.extraction = extraction;
    }

    public static Extracted from(String body) {
        return from(body, LocalDate.of(2024, 3, 15)); // a Friday
    }

    public static Extracted from(String body, LocalDate publishedAt) {
        return new Extracted(EXTRACTOR.extract(body, publishedAt));
    }

    public Extraction extraction() {
        return extraction;
    }

    public List<String> names(EntityKind kind) {
        return extraction.entities().stream().filter(e -> e.kind() == kind).map(Extraction.Entity::name).toList();
    }

    public List<String> people() {
        return names(EntityKind.PERSON);
    }

    public Optional<Extraction.Entity> entity(String name) {
        return extraction.entities().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public List<String> quotes() {
        return extraction.quotes().stream().map(Extraction.Quote::text).toList();
    }

    /** The quote that starts with these words; fails the test when there is none. */
    public Extraction.Quote quote(String firstWords) {
        return extraction.quotes().stream().filter(q -> q.text().startsWith(firstWords)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starts with “" + firstWords + "” among " + quotes()));
    }

    /** The name of the speaker of the quote that starts with these words, or null when it has none. */
    public String speakerOf(String firstWords) {
        return name(quote(firstWords).speaker());
    }

    public String addresseeOf(String firstWords) {
        return name(quote(firstWords).addressee());
    }

    public String sieveOf(String firstWords) {
        return quote(firstWords).sieve();
    }

    public List<Extraction.Event> events(EventType type) {
        return extraction.events().stream().filter(e -> e.type() == type).toList();
    }

    /** The names of an event's participants in a role. */
    public List<String> participants(Extraction.Event event, ParticipantRole role) {
        return event.participants().stream().filter(p -> p.role() == role).map(p -> name(p.entity())).toList();
    }

    public String name(int entity) {
        return entity < 0 ? null : extraction.entities().get(entity).name();
    }
}
