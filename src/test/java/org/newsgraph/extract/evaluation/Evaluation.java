package org.newsgraph.extract.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.newsgraph.entity.EntityKind;
import org.newsgraph.entity.NameKey;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Lexicons;

/**
 * Measures the extractor against hand-annotated articles and prints, per category and in all: people
 * found (precision, recall), people made of what is no person, quotes found (precision, recall), speaker
 * accuracy over the quotes found, precision of the speakers it gives, and events found.
 *
 * <p>Run it on the committed evaluation set with {@code ./mvnw -B -q test -Dtest=ExtractionEvaluationTest},
 * or on any folder of gold articles with {@code -Devaluation.dir=…}.
 */
final class Evaluation {

    private final Extractor extractor = new Extractor(Lexicons.load());
    private final Map<String, Score> byCategory = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();

    static Evaluation of(List<Path> directories) throws IOException {
        Evaluation evaluation = new Evaluation();
        for (Path directory : directories) {
            for (Gold gold : GoldReader.read(directory)) {
                evaluation.add(gold);
            }
        }
        return evaluation;
    }

    Score total() {
        return byCategory.values().stream().reduce(Score.ZERO, Score::plus);
    }

    Map<String, Score> byCategory() {
        return byCategory;
    }

    List<String> misses() {
        return misses;
    }

    private void add(Gold gold) {
        Extraction found = extractor.extract(gold.body(), gold.publishedAt());
        byCategory.merge(gold.category(), score(gold, found), Score::plus);
    }

    private Score score(Gold gold, Extraction found) {
        List<Set<String>> foundPeople = found.entities().stream().filter(e -> e.kind() == EntityKind.PERSON)
                .map(Evaluation::keys).toList();
        int peopleFound = (int) gold.people().stream().filter(g -> foundPeople.stream().anyMatch(f -> meets(f, g))).count();
        int foundPeopleRight = (int) foundPeople.stream().filter(f -> gold.people().stream().anyMatch(g -> meets(f, g))).count();
        int falsePeople = (int) foundPeople.stream()
                .filter(f -> gold.others().stream().anyMatch(o -> meets(f, o)) && gold.people().stream().noneMatch(g -> meets(f, g)))
                .peek(f -> misses.add(gold.file() + ": a person made of " + f))
                .count();

        int matched = 0;
        int rightSpeakers = 0;
        int attributed = 0;
        int attributedRight = 0;
        Set<Integer> used = new HashSet<>();
        for (Gold.Quote quote : gold.quotes()) {
            int match = matching(quote, found.quotes(), used);
            if (match < 0) {
                misses.add(gold.file() + ": quote not found: " + excerpt(gold.body(), quote.start(), quote.end()));
                continue;
            }
            used.add(match);
            matched++;
            Extraction.Quote foundQuote = found.quotes().get(match);
            Set<String> speaker = foundQuote.speaker() < 0 ? Set.of() : keys(found.entities().get(foundQuote.speaker()));
            boolean right = quote.speaker().isEmpty() ? speaker.isEmpty() : meets(speaker, quote.speaker());
            rightSpeakers += right ? 1 : 0;
            if (!speaker.isEmpty()) {
                attributed++;
                attributedRight += right ? 1 : 0;
            }
            if (!right) {
                misses.add(gold.file() + ": speaker " + (speaker.isEmpty() ? "none" : speaker) + " (" + foundQuote.sieve()
                        + ") instead of " + (quote.speaker().isEmpty() ? "none" : quote.speaker()) + ": "
                        + excerpt(gold.body(), quote.start(), quote.end()));
            }
        }
        for (int q = 0; q < found.quotes().size(); q++) {
            if (!used.contains(q)) {
                Extraction.Quote extra = found.quotes().get(q);
                misses.add(gold.file() + ": not a gold quote: " + excerpt(gold.body(), extra.start(), extra.end()));
            }
        }

        int goldEvents = gold.events() == null ? 0 : gold.events().size();
        int foundEvents = gold.events() == null ? 0 : found.events().size();
        int goldEventsFound = 0;
        int foundEventsRight = 0;
        if (gold.events() != null) {
            for (Gold.Event event : gold.events()) {
                boolean seen = found.events().stream().anyMatch(f -> sameEvent(f, event, found));
                goldEventsFound += seen ? 1 : 0;
                if (!seen) {
                    misses.add(gold.file() + ": event not found: " + event.type() + " " + event.participants());
                }
            }
            for (Extraction.Event event : found.events()) {
                boolean right = gold.events().stream().anyMatch(g -> sameEvent(event, g, found));
                foundEventsRight += right ? 1 : 0;
                if (!right) {
                    misses.add(gold.file() + ": not a gold event: " + event.type() + " " + event.summary());
                }
            }
        }
        return new Score(1, gold.people().size(), foundPeople.size(), peopleFound, foundPeopleRight, falsePeople,
                gold.quotes().size(), found.quotes().size(), matched, rightSpeakers, attributed, attributedRight,
                goldEvents, foundEvents, goldEventsFound, foundEventsRight);
    }

    /** The found quote that covers most of a gold quote, and that the gold quote covers most of. */
    private static int matching(Gold.Quote gold, List<Extraction.Quote> found, Set<Integer> used) {
        for (int i = 0; i < found.size(); i++) {
            Extraction.Quote quote = found.get(i);
            int overlap = Math.min(quote.end(), gold.end()) - Math.max(quote.start(), gold.start());
            if (!used.contains(i) && overlap > 0 && overlap * 2 >= gold.end() - gold.start() && overlap * 2 >= quote.end() - quote.start()) {
                return i;
            }
        }
        return -1;
    }

    /** Same type, and a participant in common (or neither names any). */
    private static boolean sameEvent(Extraction.Event found, Gold.Event gold, Extraction extraction) {
        if (found.type() != gold.type()) {
            return false;
        }
        if (gold.participants().isEmpty() || found.participants().isEmpty()) {
            return gold.participants().isEmpty() && found.participants().isEmpty();
        }
        return found.participants().stream().anyMatch(p -> gold.participants().stream()
                .anyMatch(g -> meets(keys(extraction.entities().get(p.entity())), g)));
    }

    private static Set<String> keys(Extraction.Entity entity) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(NameKey.of(entity.name()));
        entity.aliases().forEach(a -> keys.add(NameKey.of(a)));
        return keys;
    }

    private static boolean meets(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    private static String excerpt(String body, int start, int end) {
        String text = body.substring(start, end).replace('\n', ' ');
        return "“" + (text.length() > 70 ? text.substring(0, 70) + "…" : text) + "”";
    }

    /** The table README shows. */
    String table() {
        StringBuilder table = new StringBuilder();
        table.append("| category | articles | people P | people R | non-persons as people | quotes P | quotes R | speaker accuracy"
                + " | speakers given, right | events P | events R |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        byCategory.forEach((category, score) -> table.append(row(category, score)));
        table.append(row("**all**", total()));
        return table.toString();
    }

    private static String row(String category, Score s) {
        return String.format("| %s | %d | %s | %s | %d | %s | %s | %s | %s | %s | %s |%n", category, s.articles(),
                percent(s.peoplePrecision()), percent(s.peopleRecall()), s.falsePeople(), percent(s.quotePrecision()),
                percent(s.quoteRecall()), percent(s.speakerAccuracy()), percent(s.attributionPrecision()),
                s.goldEvents() == 0 ? "–" : percent(s.eventPrecision()), s.goldEvents() == 0 ? "–" : percent(s.eventRecall()));
    }

    private static String percent(double rate) {
        return String.format("%.0f%%", rate * 100);
    }
}
