package org.newsgraph.extract.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.newsgraph.entity.NameKey;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;

/**
 * Articles with their speakers only, the gold anyone can write in minutes: beside each {@code name.txt}, a
 * {@code name.gold} with one line per double-quoted span, in order: its first words, "|", and who said it
 * (the name the article gives first, an organization's name, ANON for someone unnamed, NONE for words nobody
 * speaks, such as a sign or a title). Scores how many spoken quotes the extractor finds and how many of those
 * it gives to the right speaker.
 */
record SpeakerSet(int spans, int spoken, int spokenFound, int found, int right, List<String> misses) {

    private static final LocalDate PUBLISHED = LocalDate.of(2026, 12, 3);

    static SpeakerSet of(Path folder, Extractor extractor) {
        List<Path> articles;
        try (Stream<Path> files = Files.list(folder)) {
            articles = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SpeakerSet total = new SpeakerSet(0, 0, 0, 0, 0, List.of());
        for (Path article : articles) {
            total = total.plus(ofArticle(article, extractor));
        }
        return total;
    }

    private static SpeakerSet ofArticle(Path article, Extractor extractor) {
        try {
            Extraction extraction = extractor.extract(Files.readString(article), PUBLISHED);
            List<String> gold = Files.readAllLines(Path.of(article.toString().replaceFirst("\\.txt$", ".gold")));
            int spans = 0, spoken = 0, spokenFound = 0, found = 0, right = 0;
            List<String> misses = new ArrayList<>();
            for (String line : gold.stream().filter(l -> !l.isBlank()).toList()) {
                String[] parts = line.split("\\|", 2);
                String words = parts[0].strip();
                String speaker = parts[1].strip();
                boolean speech = !speaker.equals("NONE");
                spans++;
                spoken += speech ? 1 : 0;
                Optional<Extraction.Quote> quote = quoteStartingWith(extraction, words);
                if (quote.isEmpty()) {
                    if (speech) { // a sign or a title left out is what the finder should do
                        misses.add(article.getFileName() + ": not found: \"" + words + "\" (" + speaker + ")");
                    }
                    continue;
                }
                found++;
                spokenFound += speech ? 1 : 0;
                Extraction.Entity given = quote.get().speaker() < 0 ? null : extraction.entities().get(quote.get().speaker());
                if (isRight(speaker, given)) {
                    right++;
                } else {
                    misses.add(article.getFileName() + ": \"" + words + "\" is " + speaker + "'s, given to "
                            + (given == null ? "nobody" : given.name()) + " by " + quote.get().sieve());
                }
            }
            return new SpeakerSet(spans, spoken, spokenFound, found, right, misses);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The quote whose text starts with the words, or else contains them (a quote the extractor ran on). */
    private static Optional<Extraction.Quote> quoteStartingWith(Extraction extraction, String words) {
        String key = NameKey.of(words);
        return extraction.quotes().stream().filter(q -> NameKey.of(q.text()).startsWith(key)).findFirst()
                .or(() -> extraction.quotes().stream().filter(q -> NameKey.of(q.text()).contains(key)).findFirst());
    }

    /**
     * NONE and ANON are right when no speaker is given; a name, when one of the names of the one given is that
     * name or part of it ("Olumide K. Farquharson-Reyes" is the entity named "Olumide Kayode Farquharson-Reyes").
     */
    private static boolean isRight(String gold, Extraction.Entity given) {
        if (gold.equals("NONE") || gold.equals("ANON")) {
            return given == null;
        }
        if (given == null) {
            return false;
        }
        String goldKey = NameKey.of(gold);
        return Stream.concat(Stream.of(given.name()), given.aliases().stream()).map(NameKey::of)
                .anyMatch(givenKey -> goldKey.equals(givenKey) || goldKey.contains(givenKey) || givenKey.contains(goldKey));
    }

    private SpeakerSet plus(SpeakerSet other) {
        List<String> allMisses = new ArrayList<>(misses);
        allMisses.addAll(other.misses);
        return new SpeakerSet(spans + other.spans, spoken + other.spoken, spokenFound + other.spokenFound,
                found + other.found, right + other.right, allMisses);
    }

    double spokenRecall() {
        return spoken == 0 ? 1 : (double) spokenFound / spoken;
    }

    double speakerAccuracy() {
        return found == 0 ? 1 : (double) right / found;
    }

    String summary(Path folder) {
        return String.format("%s: %d quoted spans, %d of %d spoken quotes found (%.1f%%), right speaker for %d of %d found (%.1f%%)",
                folder, spans, spokenFound, spoken, spokenRecall() * 100, right, found, speakerAccuracy() * 100);
    }
}
