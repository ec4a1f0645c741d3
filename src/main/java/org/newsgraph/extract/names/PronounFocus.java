package org.newsgraph.extract.names;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.entity.EntityKind;
import org.newsgraph.extract.Lexicons.Gender;
import org.newsgraph.extract.text.Clauses;
import org.newsgraph.extract.text.Document;
import org.newsgraph.extract.text.Token;
import org.newsgraph.extract.text.TokenKind;

/**
 * Whom "he", "she" or an epithet ("the 22-year-old", "the Scot") means where it stands: the person in focus,
 * read back through the sentences before it. The subject of a clause or the speaker of a quote beats a
 * person only mentioned; a "she" follows the "she" before it; a name said to be someone's relative, or
 * inside a clause about someone else, gives way to that someone; and a person the article will not name
 * ("a woman who declined to give her name") stops the search with nobody.
 */
final class PronounFocus {

    /** How far back a pronoun looks for its person, in tokens. */
    private static final int PRONOUN_REACH = 400;
    /** How often a person must be named before a pronoun to be the one an article is about. */
    private static final int SUBJECT_MENTIONS = 2;
    /** How many "she"s back a "she" may follow to the woman the first of them meant. */
    private static final int PRONOUN_CHAIN = 6;
    /** How far before a name a ", who" may stand for the name to be inside its clause. */
    private static final int APPOSITIVE_REACH = 16;
    /** How far before a quote the "who" of the clause that says it may stand. */
    private static final int RELATIVE_REACH = 6;
    /** "who declined to give his name": verbs that, before "his/her name", say the article withholds it. */
    private static final Set<String> GIVING_A_NAME = Set.of("give", "gave", "giving", "provide", "disclose");

    private final Document document;
    private final DocumentEntities entities;
    /** Per token: whether it stands inside a quote, whether it is a quote mark, and which quote it closes (or -1). */
    private final boolean[] quoted;
    private final boolean[] quoteMarks;
    private final int[] quoteClosedAt;

    PronounFocus(Document document, DocumentEntities entities, boolean[] quoted, boolean[] quoteMarks, int[] quoteClosedAt) {
        this.document = document;
        this.entities = entities;
        this.quoted = quoted;
        this.quoteMarks = quoteMarks;
        this.quoteClosedAt = quoteClosedAt;
    }

    /** The person a pronoun or an epithet of this gender (or of any, for UNKNOWN) refers back to. */
    int personInFocus(int at, Gender gender, List<Integer> speakers) {
        return personInFocus(at, gender, speakers, PRONOUN_CHAIN);
    }

    private int personInFocus(int at, Gender gender, List<Integer> speakers, int chain) {
        Gender excluded = switch (gender) {
            case MALE -> Gender.FEMALE;
            case FEMALE -> Gender.MALE;
            default -> null;
        };
        int focusStart = document.sentences().get(Math.max(0, document.sentenceOf(at).index() - 2)).first();
        int nearest = -1;
        int nearestSentence = -1;
        boolean nearestInParagraph = false;
        for (int p = at - 1; p >= Math.max(0, at - PRONOUN_REACH); p--) {
            if (chain > 0 && p >= focusStart && isSamePronounAsSubject(p, gender)
                    && (nearest < 0 || document.sentenceOf(p).index() == nearestSentence)) {
                // "She laughed. “…,” she said": the same she; and in "Would she challenge Harriet Vaile?" she is
                // not the one her own clause names
                int same = personInFocus(p, gender, speakers, chain - 1);
                if (same >= 0) {
                    return same;
                }
            }
            int candidate = -1;
            boolean subject = false;
            int speaker = speakerOfQuoteClosingAt(p, speakers);
            Optional<NameMention> mention = entities.mentionAt(p);
            int titled = titledSubject(p);
            if (speaker >= 0 && isPerson(speaker, excluded)) {
                candidate = speaker;
                subject = !quotedInRelativeClause(p); // "…, the club's owner, X, who said his playing “…”": not the one in focus
            } else if (titled >= 0 && isPerson(titled, excluded)) {
                candidate = titled; // "The judge agreed. “…,” she said": the judge named before
                subject = true;
            } else if (mention.isPresent() && mention.get().last() == p && !mention.get().inQuote()
                    && isPerson(entities.at(p).orElseThrow().index(), excluded)) {
                candidate = entities.at(p).orElseThrow().index();
                // "Farida Nkemelu-Strand KC, for Abernethy-Osei, suggested": the one the lawyer acts for is not the subject
                subject = !afterPreposition(mention.get().first()) && Clauses.verbAfterSubject(document, p + 1, document.sentenceOf(p).last() + 1) >= 0;
                // "Felix Amankwah, 24, who plays the brother, Danny": Felix; "Jonah Petrakis, who plays the older
                // brother, Emil, said": Jonah too, though the verb after Emil looks like Emil's
                int head = relativeClauseHead(mention.get().first(), excluded);
                candidate = head >= 0 ? head : candidate;
                if (!subject && isRelativeOfTheOneInFocus(mention.get().first(), gender)) {
                    candidate = -1; // "designed by her sister, Anke": "her" is the one "she" means, not Anke
                }
            }
            // the unnamed one opens the sentence whose only name so far hangs on them ("One younger fan, clutching a
            // Brennan-Sowah shirt, just shrugged")
            boolean nothingNamedBefore = nearest < 0 || nearestSentence == document.sentenceOf(p).index();
            int spokenFor = candidate < 0 && nothingNamedBefore ? spokenForBySomeoneUnnamed(p, at, gender) : -1;
            if (spokenFor >= 0) {
                return spokenFor; // "A spokeswoman for the Ministry of Commerce said … what she called": the ministry's words
            }
            if (candidate < 0 && nothingNamedBefore && (introducesSomeoneUnnamed(p, at, excluded) || isAnonymityCue(p, at))) {
                return -1; // "A neighbour, who asked not to be named, said … “…,” she said": not anyone named before
            }
            if (candidate < 0) {
                continue;
            }
            if (p < focusStart && nearest >= 0 || nearestInParagraph && document.token(p).paragraph() < document.token(at).paragraph()) {
                return nearest; // a paragraph that introduces someone is theirs: no subject before it takes them over
            }
            if (subject) {
                return candidate;
            }
            if (p >= focusStart && nearest < 0) {
                nearest = candidate;
                nearestSentence = document.sentenceOf(p).index();
                nearestInParagraph = document.token(p).paragraph() == document.token(at).paragraph();
            }
        }
        return nearest >= 0 ? nearest : subjectOfTheArticle(at, excluded);
    }

    /**
     * A profile's "she says" pages after her name was last written: the person the article is about, named more
     * often before the pronoun than anyone else (and at least {@value #SUBJECT_MENTIONS} times); -1 when no one is.
     */
    private int subjectOfTheArticle(int at, Gender excluded) {
        int[] mentions = new int[entities.all().size()];
        for (DocumentEntity entity : entities.all()) {
            if (isPerson(entity.index(), excluded)) {
                mentions[entity.index()] = (int) entity.mentions().stream().filter(m -> m.last() < at && !m.inQuote()).count();
            }
        }
        int subject = -1;
        boolean tied = false;
        for (int entity = 0; entity < mentions.length; entity++) {
            if (subject < 0 || mentions[entity] > mentions[subject]) {
                subject = entity;
                tied = false;
            } else if (mentions[entity] == mentions[subject]) {
                tied = true;
            }
        }
        return subject >= 0 && !tied && mentions[subject] >= SUBJECT_MENTIONS ? subject : -1;
    }

    /** The person last named before a position who has this title word: "the minister" → Lavrov. */
    int titledPerson(int before, String titleWord) {
        return titledPerson(before, List.of(titleWord));
    }

    /** Likewise, with every one of these words in the title: "the housing minister" → the Housing Minister. */
    int titledPerson(int before, List<String> titleWords) {
        for (int p = before - 1; p >= 0; p--) {
            Optional<DocumentEntity> entity = entities.at(p).filter(e -> e.kind() == EntityKind.PERSON);
            if (entity.isPresent() && !insideQuote(p) && titleWords.stream().allMatch(entity.get()::hasTitleWord)) {
                return entity.get().index();
            }
        }
        return -1;
    }

    /** "her sister, Anke", "his son, Tom": a name in apposition to a relation of someone a pronoun of this gender means. */
    private boolean isRelativeOfTheOneInFocus(int name, Gender gender) {
        if (name < 3 || !document.token(name - 1).is(",") || !Referents.RELATIONS.contains(document.token(name - 2).lower())
                || document.sentenceOf(name).first() == name - 3) {
            return false; // "Her mother, Siobhan Brannigan, broke down": the one the sentence is about
        }
        String possessive = document.token(name - 3).lower();
        return gender == Gender.FEMALE ? possessive.equals("her") : gender == Gender.MALE && possessive.equals("his");
    }

    /**
     * "The judge agreed": the person of that title named before, when the title opens its sentence as the subject of a
     * verb; -1 if not ("X said the governor would visit": the governor is not the one the sentence is about).
     */
    private int titledSubject(int p) {
        Token word = document.token(p);
        if (p == 0 || !document.token(p - 1).is("the") || document.sentenceOf(p).first() != p - 1 || !word.isWord()
                || word.isCapitalized() || insideQuote(p)
                || Clauses.verbAfterSubject(document, p + 1, document.sentenceOf(p).last() + 1) < 0) {
            return -1;
        }
        return titledPerson(p - 1, word.lower());
    }

    private boolean afterPreposition(int name) {
        return name > 0 && Referents.COMPLEMENT_PREPOSITIONS.contains(document.token(name - 1).lower());
    }

    /** "she" for a woman, "he" for a man, outside quotes, as the subject of a verb. */
    private boolean isSamePronounAsSubject(int p, Gender gender) {
        String word = document.token(p).lower();
        boolean same = gender == Gender.FEMALE ? word.equals("she") : gender == Gender.MALE && word.equals("he");
        return same && !insideQuote(p);
    }

    /**
     * The person a "who" clause around a token is said of ("Amankwah, 24, who plays the youngest brother,
     * Danny"), when of a gender that fits; -1 for none.
     */
    private int relativeClauseHead(int at, Gender excluded) {
        int sentenceStart = document.sentenceOf(at).first();
        for (int k = at - 1; k > sentenceStart && k >= at - APPOSITIVE_REACH; k--) {
            if (document.token(k).is("who") && document.token(k - 1).is(",")) {
                int head = antecedentOfWho(k);
                return head >= 0 && isPerson(head, excluded) ? head : -1;
            }
        }
        return -1;
    }

    /** The one named before ", who" (or ", 24, who"): whom the clause is about; -1 for no one named. */
    int antecedentOfWho(int who) {
        int end = who - 2;
        if (end > 1 && document.token(end).kind() == TokenKind.NUMBER && document.token(end - 1).is(",")) {
            end -= 2; // "Amankwah, 24, who"
        }
        return end < 0 || !document.token(who - 1).is(",") ? -1 : entities.at(end).map(DocumentEntity::index).orElse(-1);
    }

    /**
     * "who declined to give his name", "who asked not to be named", "speaking on condition of anonymity", in
     * the paragraph of the pronoun: whoever "he" is there, the article does not name him.
     */
    private boolean isAnonymityCue(int p, int at) {
        if (insideQuote(p) || !inReach(p, at)) {
            return false;
        }
        return withholdsTheNameAt(document, p);
    }

    /**
     * "on condition of anonymity", "asked not to be named", "declined to be identified", "declined to give his name",
     * "asked that her name not be used": a word that says the article keeps someone's name back.
     */
    static boolean withholdsTheNameAt(Document document, int p) {
        String word = document.token(p).lower();
        return word.equals("anonymity") || word.equals("anonymously")
                || (word.equals("named") || word.equals("identified")) && p > 0 && document.token(p - 1).is("be")
                || word.equals("name") && p > 1 && Referents.POSSESSIVE_DETERMINERS.contains(document.token(p - 1).lower())
                        && (GIVING_A_NAME.contains(document.token(p - 2).lower())
                                || p + 1 < document.size() && document.token(p + 1).is("not"));
    }

    /** The same paragraph, or the one before for a paragraph that is a quote and its "she said". */
    private boolean inReach(int p, int at) {
        int paragraphsBack = document.token(at).paragraph() - document.token(p).paragraph();
        return paragraphsBack == 0 || paragraphsBack == 1 && opensWithAQuote(at);
    }

    /** Whether the paragraph of a token begins with a quote mark. */
    private boolean opensWithAQuote(int at) {
        int first = at;
        while (first > 0 && document.token(first - 1).paragraph() == document.token(at).paragraph()) {
            first--;
        }
        return isSpeechQuoteMark(first);
    }

    /**
     * "A neighbour …", "An 82-year-old woman …", "Nearby, a young woman …" opening a sentence, of a gender that fits,
     * in the pronoun's reach.
     */
    private boolean introducesSomeoneUnnamed(int p, int at, Gender excluded) {
        if (!Referents.SOMEONE.contains(document.token(p).lower()) || !opensItsSentence(p) || !inReach(p, at) || p + 1 >= at) {
            return false;
        }
        // "A woman", "One younger fan", "Another elderly resident": what the noun tells, past a word or two before it
        for (int k = p + 1; k < at && k <= p + 3 && document.token(k).isWord() && !document.token(k).isCapitalized(); k++) {
            Optional<Gender> gender = Referents.epithet(document.token(k).lower());
            if (gender.isPresent()) {
                return gender.get() != excluded;
            }
        }
        // "A store clerk, who gave her name only as Denise, said": someone described, whatever the noun
        for (int k = p + 1; k < at && k <= p + 4; k++) {
            Token word = document.token(k);
            if (!word.isWord() || word.isCapitalized()) {
                return false;
            }
            if (document.token(k + 1).is(",") && document.token(k + 2).is("who")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A spokeswoman for the Tallanmoori Ministry of Commerce said" opening a sentence in the pronoun's reach: the
     * organization she speaks for, when her noun fits the pronoun; -1 otherwise.
     */
    private int spokenForBySomeoneUnnamed(int p, int at, Gender gender) {
        if (!Referents.SOMEONE.contains(document.token(p).lower()) || !opensItsSentence(p) || !inReach(p, at) || p + 3 >= at) {
            return -1;
        }
        Gender told = switch (document.token(p + 1).lower()) {
            case "spokeswoman" -> Gender.FEMALE;
            case "spokesman" -> Gender.MALE;
            case "spokesperson" -> Gender.UNKNOWN;
            default -> null;
        };
        if (told == null || told != gender && told != Gender.UNKNOWN || !Referents.COMPLEMENT_PREPOSITIONS.contains(document.token(p + 2).lower())) {
            return -1;
        }
        int named = document.token(p + 3).is("the") ? p + 4 : p + 3;
        return entities.at(named).filter(e -> e.kind() != EntityKind.PERSON).map(DocumentEntity::index).orElse(-1);
    }

    /** First in its sentence, or first after an opening phrase and its comma with no one named in it ("Nearby, a …"). */
    private boolean opensItsSentence(int p) {
        int first = document.sentenceOf(p).first();
        if (first == p) {
            return true;
        }
        if (!document.token(p - 1).is(",")) {
            return false;
        }
        for (int k = first; k < p - 1; k++) {
            if (entities.at(k).isPresent() || quoted[k] || document.token(k).is(",")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the quote closing at a token is said in a relative clause: "X, who said his playing “came in slow”". */
    private boolean quotedInRelativeClause(int closing) {
        int before = closing - 1;
        while (before > 0 && (quoted[before] || document.token(before).isQuoteMark())) {
            before--;
        }
        int sentenceStart = document.sentenceOf(closing).first();
        for (int k = before; k >= Math.max(sentenceStart, before - RELATIVE_REACH); k--) {
            Token token = document.token(k);
            if (token.is("who")) {
                return true;
            }
            if (!token.isWord()) {
                return false;
            }
        }
        return false;
    }

    /** The speaker of the quote that closes at a token, if it is one of the quotes attributed so far. */
    private int speakerOfQuoteClosingAt(int p, List<Integer> speakers) {
        int q = quoteClosedAt[p];
        return q >= 0 && q < speakers.size() ? speakers.get(q) : -1;
    }

    private boolean isPerson(int entity, Gender excluded) {
        DocumentEntity candidate = entities.get(entity);
        return candidate.kind() == EntityKind.PERSON && candidate.gender() != excluded;
    }


    private boolean insideQuote(int token) {
        return quoted[token];
    }

    private boolean isSpeechQuoteMark(int token) {
        return quoteMarks[token];
    }
}
