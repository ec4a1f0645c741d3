package org.newsgraph.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one name normaliser: how names are compared everywhere. Case, accents, hyphens, spaces and
 * punctuation do not count, so "Kim Jong-un", "kim jong un" and "KIM JONG-UN" are the same name, and so
 * are "U.S." and "US".
 */
public final class NameKey {

    private NameKey() {
    }

    /** The key of a whole name: "Kim Jong-un" gives "kimjongun". */
    public static String of(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(Character::isLetterOrDigit) // accents are separate marks after NFKD, and drop out here
                .map(Character::toLowerCase)
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    /** The keys of a name's words, for surname lookups: "Kim Jong-un" gives kim, jongun. */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String word : name.split("\\s+")) {
            String key = of(word);
            if (!key.isEmpty()) {
                words.add(key);
            }
        }
        return words;
    }

    /**
     * Every word a prefix search should find a name by: its words, and the parts of hyphenated words
     * ("Kim Jong-un" gives kim, jongun, jong, un), so that "jong" and "jong-un" both find it.
     */
    public static Set<String> searchWords(Collection<String> names) {
        Set<String> words = new LinkedHashSet<>();
        for (String name : names) {
            words.addAll(words(name));
            words.addAll(words(name.replace('-', ' ').replace('‐', ' ')));
        }
        return words;
    }
}
