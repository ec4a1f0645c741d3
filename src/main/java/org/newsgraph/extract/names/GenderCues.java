package org.newsgraph.extract.names;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.extract.Lexicons;
import org.newsgraph.extract.Lexicons.Gender;
import org.newsgraph.extract.text.Clauses;
import org.newsgraph.extract.text.Document;
import org.newsgraph.extract.text.TokenKind;

/**
 * What the article itself says of a person's gender when no gazetteer knows their first name: "Tiwalade
 * Oyinlola-Brandt said she had", "X told reporters his", "X, 54, a grandmother of six,". A later "she said" can
 * then find them, and a "he said" can pass them by.
 */
final class GenderCues {

    /** How many describing words an appositive may hold before the noun that tells: "a retired primary school teacher". */
    private static final int APPOSITIVE_WORDS = 4;
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** A speaker's own pronouns after the verb; "him" and a "her" after "told" are whom they spoke to. */
    private static final Set<String> FEMALE = Set.of("she", "her");
    private static final Set<String> MALE = Set.of("he", "his");

    private final Lexicons lexicons;

    GenderCues(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /**
     * The gender the mentions of a person (outside quotes) tell, when all that tell one agree; UNKNOWN otherwise
     * ("X said he had ignored them", where "he" is someone else, and "X said she" later tell nothing together).
     */
    Gender of(Document document, List<NameMention> mentions) {
        List<Gender> told = mentions.stream()
                .filter(mention -> !mention.inQuote())
                .map(mention -> told(document, mention))
                .flatMap(Optional::stream)
                .distinct()
                .toList();
        return told.size() == 1 ? told.get(0) : Gender.UNKNOWN;
    }

    private Optional<Gender> told(Document document, NameMention mention) {
        // "X, who chairs the association, said she", "X, 54, said his": the subject's verb, past what is said of them
        int verb = Clauses.verbAfterSubject(document, mention.last() + 1, document.sentenceOf(mention.last()).last() + 1);
        return pronounAfterSpeechVerb(document, verb).or(() -> appositiveNoun(document, afterAge(document, mention.last() + 1)));
    }

    /** "X, 54, said": past the age, to the token that follows the name and it. */
    private static int afterAge(Document document, int after) {
        return after + 2 < document.size() && document.token(after).is(",")
                && document.token(after + 1).kind() == TokenKind.NUMBER && document.token(after + 2).is(",")
                ? after + 3 : after;
    }

    /** "X said she would", "X told the court his": the speaker's own pronoun, right after the verb and its addressee. */
    private Optional<Gender> pronounAfterSpeechVerb(Document document, int verb) {
        Optional<Lexicons.SpeechVerb> speech = verb >= 0 && verb < document.size()
                ? lexicons.speechVerb(document.token(verb).lower()) : Optional.empty();
        if (speech.isEmpty()) {
            return Optional.empty();
        }
        int first = speech.get().takesAddressee() && verb + 1 < document.size() && document.token(verb + 1).is("her") ? verb + 2 : verb + 1;
        for (int k = first; k < Math.min(document.size(), verb + 4); k++) {
            String word = document.token(k).lower();
            if (FEMALE.contains(word)) {
                return Optional.of(Gender.FEMALE);
            }
            if (MALE.contains(word)) {
                return Optional.of(Gender.MALE);
            }
            if (!document.token(k).isWord() || document.token(k).isCapitalized()) {
                return Optional.empty(); // "X said Mr Obi had": whose pronoun comes next is no longer X's
            }
        }
        return Optional.empty();
    }

    /** "X, a grandmother of six,", "X, the widow of": the noun of an appositive that tells a gender. */
    private static Optional<Gender> appositiveNoun(Document document, int comma) {
        if (comma + 1 >= document.size() || !document.token(comma).is(",") || !ARTICLES.contains(document.token(comma + 1).lower())) {
            return Optional.empty();
        }
        for (int k = comma + 2; k < Math.min(document.size(), comma + 2 + APPOSITIVE_WORDS); k++) {
            if (!document.token(k).isWord() || document.token(k).isCapitalized()) {
                return Optional.empty();
            }
            Optional<Gender> told = Referents.epithet(document.token(k).lower()).filter(gender -> gender != Gender.UNKNOWN);
            if (told.isPresent()) {
                return told;
            }
        }
        return Optional.empty();
    }
}
