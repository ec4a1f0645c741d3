package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.entity.EntityKind;
import org.newsgraph.event.EventType;

/**
 * The word lists the extractor reads: countries, places, organizations and outlets, titles, given names,
 * speech verbs, event triggers, function and time words. They are loaded once from
 * {@code src/main/resources/extract/} and never change; every lookup is by lowercase words.
 *
 * <p>They help, they do not decide alone: a name missing from every list is still found by its
 * context (a title before it, a speech verb after it, a given name in it).
 */
public final class Lexicons {

    /** An entry of the gazetteer: a country, place or organization, by any of its names. */
    public record Known(EntityKind kind, String name) {
    }

    /** A verb that reports speech, by its form: said → say. */
    public record SpeechVerb(String lemma, boolean takesAddressee, Strength strength) {
    }

    public enum Strength {
        STRONG, MEDIUM, WEAK
    }

    /** A word that signals an event: invited → INVITATION, a verb; "visit" is a verb and a noun. */
    public record Trigger(EventType type, String lemma, boolean verb, boolean noun) {
    }

    public enum Gender {
        MALE, FEMALE, UNKNOWN
    }

    /** A time word: a weekday (1 = Monday), a month (1 = January), or a relative expression. */
    public record TimeWord(String kind, String value) {
    }

    private final Map<String, Known> known = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, Gender> givenNames = new HashMap<>();
    private final Set<String> ambiguousGivenNames = new HashSet<>();
    private final Set<String> surnamesFirst = new HashSet<>();
    private final Map<String, Boolean> titles = new HashMap<>();
    private final Map<String, String> orgKeywords = new HashMap<>();
    private final Map<String, SpeechVerb> speechVerbs = new HashMap<>();
    private final Map<String, Trigger> triggers = new HashMap<>();
    private final Set<String> functionWords = new HashSet<>();
    private final Map<String, TimeWord> timeWords = new HashMap<>();
    private final Map<String, String> countryOfPlace = new HashMap<>();
    private final Map<String, Known> knownExactly = new HashMap<>();
    private int longestName = 1;
    private int longestTitle = 1;

    private Lexicons() {
    }

    public static Lexicons load() {
        Lexicons lexicons = new Lexicons();
        lexicons.read("countries.tsv", lexicons::country);
        lexicons.read("places.tsv", lexicons::place);
        lexicons.read("organizations.tsv", lexicons::organization);
        lexicons.read("first-names.tsv", lexicons::givenName);
        lexicons.read("surname-first.tsv", row -> lexicons.surnamesFirst.add(lower(row[0])));
        lexicons.read("titles.tsv", lexicons::title);
        lexicons.read("org-keywords.tsv", row -> lexicons.orgKeywords.put(lower(row[0]), column(row, 1, "anywhere")));
        lexicons.read("speech-verbs.tsv", lexicons::speechVerb);
        lexicons.read("event-triggers.tsv", lexicons::trigger);
        lexicons.read("function-words.tsv", row -> lexicons.functionWords.add(lower(row[0])));
        lexicons.read("time-words.tsv", row -> lexicons.timeWords.put(lower(row[0]), new TimeWord(column(row, 1, ""),
                column(row, 2, ""))));
        return lexicons;
    }

    /** A country, place or organization known by exactly these words (lowercase, as tokens). */
    /**
     * The gazetteer's entry for words as written: case does not count, except for the short and mixed-case
     * abbreviations that are also words (WHO, IS, ICE, LeT), which must be written as they are.
     */
    public Optional<Known> known(List<String> written) {
        String asWritten = String.join(" ", written);
        Known exact = knownExactly.get(asWritten);
        return exact != null ? Optional.of(exact) : Optional.ofNullable(known.get(lower(asWritten)));
    }

    public int longestName() {
        return longestName;
    }

    /** The country a demonym stands for: "north korean" → North Korea, "u.s." → United States. */
    public Optional<String> demonym(List<String> words) {
        return Optional.ofNullable(demonyms.get(String.join(" ", words)));
    }

    /** Whether these words are a title, and whether it is written capitalised before a name. */
    public Optional<Boolean> title(List<String> words) {
        return Optional.ofNullable(titles.get(String.join(" ", words)));
    }

    public int longestTitle() {
        return longestTitle;
    }

    public Optional<Gender> givenName(String word) {
        return Optional.ofNullable(givenNames.get(lower(word)));
    }

    /** A given name that is also a common word (Will, Rose, May): it needs more evidence. */
    public boolean isAmbiguousGivenName(String word) {
        return ambiguousGivenNames.contains(lower(word));
    }

    public boolean isSurnameFirst(String word) {
        return surnamesFirst.contains(lower(word));
    }

    /** Where in a name this word makes it an organization's: suffix, prefix or anywhere; empty if not. */
    public Optional<String> orgKeyword(String word) {
        return Optional.ofNullable(orgKeywords.get(lower(word)));
    }

    public Optional<SpeechVerb> speechVerb(String word) {
        return Optional.ofNullable(speechVerbs.get(lower(word)));
    }

    public Optional<Trigger> trigger(String word) {
        return Optional.ofNullable(triggers.get(lower(word)));
    }

    public boolean isFunctionWord(String word) {
        return functionWords.contains(lower(word));
    }

    /** The country a place of the gazetteer lies in, by their canonical names: Moscow → Russia. */
    public Optional<String> countryOf(String place) {
        return Optional.ofNullable(countryOfPlace.get(place));
    }

    public Optional<TimeWord> timeWord(String words) {
        return Optional.ofNullable(timeWords.get(lower(words)));
    }

    private void country(String[] row) {
        String name = row[0];
        addKnown(name, EntityKind.COUNTRY, name);
        aliases(row, 1).forEach(alias -> addKnown(alias, EntityKind.COUNTRY, name));
        aliases(row, 2).forEach(demonym -> demonyms.put(phrase(demonym), name));
    }

    private void place(String[] row) {
        String name = row[0];
        addKnown(name, EntityKind.PLACE, name);
        if (!column(row, 2, "").isBlank()) {
            countryOfPlace.put(name, column(row, 2, "").strip());
        }
        aliases(row, 3).forEach(alias -> addKnown(alias, EntityKind.PLACE, name));
    }

    private void organization(String[] row) {
        String name = row[0];
        addKnown(name, EntityKind.ORGANIZATION, name);
        aliases(row, 2).forEach(alias -> addKnown(alias, EntityKind.ORGANIZATION, name));
    }

    /** The first list that knows a name wins: a country before a city of the same name. */
    private void addKnown(String name, EntityKind kind, String canonical) {
        String key = phrase(name);
        if (isCaseSensitive(name.strip())) {
            knownExactly.putIfAbsent(name.strip().replaceAll("\\s+", " "), new Known(kind, canonical));
        } else {
            known.putIfAbsent(key, new Known(kind, canonical));
        }
        longestName = Math.max(longestName, key.split(" ").length);
    }

    /**
     * An abbreviation of two or three capitals (WHO, IS, AP) or one in mixed case (LeT): written otherwise
     * it is a word ("Who pays?", "Let me be clear"). Longer ones (NATO, also written Nato) are not.
     */
    private static boolean isCaseSensitive(String name) {
        if (name.contains(" ") || name.length() < 2) {
            return false;
        }
        long capitals = name.chars().filter(Character::isUpperCase).count();
        long letters = name.chars().filter(Character::isLetter).count();
        boolean allCapitals = capitals == letters;
        boolean mixed = capitals > 1 && !allCapitals && Character.isUpperCase(name.charAt(0)) && letters <= 4;
        return allCapitals && letters <= 3 || mixed;
    }

    /** The heading, in first-names.tsv, of the names that are also common words. */
    private static final java.util.regex.Pattern AMBIGUOUS_SECTION = java.util.regex.Pattern.compile(
            "#\\s*ambiguous with common words\\s*", java.util.regex.Pattern.CASE_INSENSITIVE);
    private boolean inAmbiguousSection;

    private void givenName(String[] row) {
        String name = lower(row[0]);
        Gender gender = switch (column(row, 1, "U").toUpperCase(Locale.ROOT)) {
            case "M" -> Gender.MALE;
            case "F" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
        givenNames.putIfAbsent(name, gender);
        if (inAmbiguousSection) {
            ambiguousGivenNames.add(name);
        }
    }

    private void title(String[] row) {
        String key = phrase(row[0]);
        boolean beforeNames = column(row, 2, "no").equalsIgnoreCase("yes");
        titles.put(key, beforeNames);
        titles.putIfAbsent(key.replace(".", ""), beforeNames); // British and Irish copy drops the stop: Sgt, Det Insp
        longestTitle = Math.max(longestTitle, key.split(" ").length);
    }

    private void speechVerb(String[] row) {
        String lemma = lower(row[0]);
        boolean addressee = column(row, 2, "no").equalsIgnoreCase("yes");
        Strength strength = switch (lower(column(row, 3, "medium"))) {
            case "strong" -> Strength.STRONG;
            case "weak" -> Strength.WEAK;
            default -> Strength.MEDIUM;
        };
        List<String> forms = new ArrayList<>(aliases(row, 1));
        forms.add(lemma);
        for (String form : forms) {
            String key = lower(form);
            speechVerbs.putIfAbsent(key, new SpeechVerb(lemma, addressee, strength));
        }
    }

    private void trigger(String[] row) {
        String form = phrase(row[0]);
        String lemma = lower(column(row, 1, row[0]));
        List<String> partsOfSpeech = List.of(lower(column(row, 2, "verb")).split("\\|"));
        boolean verb = partsOfSpeech.contains("verb");
        boolean noun = partsOfSpeech.contains("noun");
        try {
            triggers.putIfAbsent(form, new Trigger(EventType.valueOf(column(row, 3, "OTHER").strip().toUpperCase(Locale.ROOT)),
                    lemma, verb, noun));
        } catch (IllegalArgumentException unknownType) {
            throw new IllegalStateException("event-triggers.tsv: unknown event type in " + Arrays.toString(row), unknownType);
        }
    }

    private void read(String file, java.util.function.Consumer<String[]> row) {
        String resource = "extract/" + file;
        InputStream stream = Lexicons.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("Missing lexicon " + resource);
        }
        inAmbiguousSection = false;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    inAmbiguousSection |= AMBIGUOUS_SECTION.matcher(line).matches();
                    continue;
                }
                if (!line.isBlank()) {
                    row.accept(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read lexicon " + resource, e);
        }
    }

    private static List<String> aliases(String[] row, int column) {
        String value = column(row, column, "");
        return value.isBlank() ? List.of() : Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String column(String[] row, int column, String fallback) {
        return column < row.length && !row[column].isBlank() ? row[column].strip() : fallback;
    }

    /** How a multi-word name is keyed: its tokens in lowercase, one space apart. */
    public static String phrase(String words) {
        return lower(words.strip().replaceAll("’s\\b|'s\\b", " 's").replaceAll("\\s+", " "));
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
