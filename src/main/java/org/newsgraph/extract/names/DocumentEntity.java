package org.newsgraph.extract.names;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.newsgraph.entity.EntityKind;
import org.newsgraph.extract.Lexicons.Gender;

/**
 * An entity as one article knows it: every mention of it, the fullest name among them, the other names
 * it goes by, the titles the article gives it.
 */
public record DocumentEntity(int index, EntityKind kind, String name, List<String> aliases, List<String> titles,
        List<NameMention> mentions, Gender gender) {

    /** The words the abbreviated titles before a name stand for: "Gov. Quispe" is "the governor" after. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("gov.", "governor"),
            Map.entry("sen.", "senator"), Map.entry("rep.", "representative"), Map.entry("gen.", "general"),
            Map.entry("col.", "colonel"), Map.entry("lt.", "lieutenant"), Map.entry("sgt.", "sergeant"),
            Map.entry("det.", "detective"), Map.entry("insp.", "inspector"), Map.entry("supt.", "superintendent"),
            Map.entry("supt", "superintendent"), Map.entry("insp", "inspector"), Map.entry("sgt", "sergeant"),
            Map.entry("det", "detective"), Map.entry("cllr", "councillor"), Map.entry("prof.", "professor"),
            Map.entry("atty.", "attorney"), Map.entry("adm.", "admiral"), Map.entry("capt.", "captain"));
    /**
     * What the last word of a title is called when the article refers back: "Lady Justice Okafor" is "the judge",
     * "Dr Tan" "the doctor"; "Justice Minister Serwaa" is no judge.
     */
    private static final Map<String, String> HEAD_NOUNS = Map.of("justice", "judge", "dr", "doctor", "dr.", "doctor");

    /** Whether one of its titles has the word, or its abbreviation: "the governor" is Gov. Quispe-Lindqvist. */
    public boolean hasTitleWord(String word) {
        String lower = word.toLowerCase();
        return titles.stream().map(title -> title.toLowerCase().split(" ")).anyMatch(titleWords ->
                Arrays.stream(titleWords).anyMatch(titleWord -> titleWord.equals(lower) || lower.equals(ABBREVIATIONS.get(titleWord)))
                        || lower.equals(HEAD_NOUNS.get(titleWords[titleWords.length - 1])));
    }
}
