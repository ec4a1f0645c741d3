package org.newsgraph.extract.names;

import java.util.List;

import org.newsgraph.entity.EntityKind;
import org.newsgraph.extract.Lexicons.Gender;

/**
 * An entity as one article knows it: every mention of it, the fullest name among them, the other names
 * it goes by, the titles the article gives it.
 */
public record DocumentEntity(int index, EntityKind kind, String name, List<String> aliases, List<String> titles,
        List<NameMention> mentions, Gender gender) {

    public boolean hasTitleWord(String word) {
        return titles.stream().anyMatch(t -> (" " + t.toLowerCase() + " ").contains(" " + word.toLowerCase() + " "));
    }
}
