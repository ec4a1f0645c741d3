package org.newsgraph.extract.names;

import org.newsgraph.entity.EntityKind;
import org.newsgraph.extract.Lexicons.Gender;

/**
 * A name in the body and what the text says about it.
 *
 * @param first the token index of its first word
 * @param last the token index of its last word
 * @param kind what it names, or null while only its context can tell
 * @param canonical the gazetteer's name for it ("United States" for "U.S."), or null
 * @param title the title the text gives it here ("Russian President"), or null
 * @param evidence why it is taken for what it is
 * @param inQuote whether it stands inside a quotation (then it is never the quote's speaker)
 */
public record NameMention(int first, int last, int start, int end, String text, EntityKind kind, String canonical,
        String title, Evidence evidence, boolean inQuote, Gender gender) {

    public enum Evidence {
        GAZETTEER, ORG_KEYWORD, ACRONYM, TITLE, GIVEN_NAME, SURNAME_FIRST, SPEECH, APPOSITIVE, FEELING, LOCATION, COREFERENCE, NONE
    }

    public int words() {
        return last - first + 1;
    }

    NameMention typed(EntityKind newKind, Evidence newEvidence) {
        return new NameMention(first, last, start, end, text, newKind, canonical, title, newEvidence, inQuote, gender);
    }

    NameMention gendered(Gender newGender) {
        return new NameMention(first, last, start, end, text, kind, canonical, title, evidence, inQuote, newGender);
    }

    NameMention titled(String newTitle) {
        return new NameMention(first, last, start, end, text, kind, canonical, newTitle, evidence, inQuote, gender);
    }
}
