package org.newsgraph.extract.attribution;

import java.util.Optional;
import java.util.Set;

import org.newsgraph.extract.text.Document;
import org.newsgraph.extract.text.Token;

/**
 * A name given to something, which nobody says as they speak: Rovers, nicknamed “the Gulls”; the so-called
 * “orange zone”; a plan known as “Project Keystone”; what forecasters call “ember storms”; Kwabena “the Cobra”
 * Altenburg. Decided first, so that no later sieve hands the name to the subject of its sentence.
 */
final class NameGiven implements Sieve {

    /** Words right before a quoted name: "nicknamed", "dubbed", "so-called", "codenamed", "entitled". */
    private static final Set<String> NAMING = Set.of("nicknamed", "dubbed", "so-called", "codenamed", "code-named",
            "entitled", "titled", "nickname", "moniker");
    /** How far before "as" a "known" may stand: "known along the riverbank only as “the Accountant”". */
    private static final int KNOWN_AS_REACH = 6;
    /** The longest nickname between a first name and a surname, in tokens. */
    private static final int NICKNAME_LENGTH = 4;

    @Override
    public String name() {
        return "name-given";
    }

    @Override
    public Optional<Attribution> attribute(QuoteContext context) {
        Document document = context.document();
        int before = context.quote().open() - 1;
        if (before < 0) {
            return Optional.empty();
        }
        String word = document.token(before).lower();
        boolean named = NAMING.contains(word) || word.equals("as") && knownBefore(document, before)
                || isWhatSomeoneCalls(document, before) || isNickname(document, context);
        return named ? Optional.of(new Attribution(-1, -1, name(), 0)) : Optional.empty();
    }

    /** "known as", "known simply as", "known along the riverbank only as": words only between. */
    private static boolean knownBefore(Document document, int as) {
        for (int k = as - 1; k >= 0 && k >= as - KNOWN_AS_REACH && document.token(k).isWord(); k--) {
            if (document.token(k).is("known")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "what forecasters call “ember storms”", "what locals have called": a name people in general use, not words
     * said ("what Pettigrew called “…”", "what she calls “…”" are someone's).
     */
    private static boolean isWhatSomeoneCalls(Document document, int before) {
        String verb = document.token(before).lower();
        if (!verb.equals("call") && !verb.equals("calls") && !verb.equals("called")) {
            return false;
        }
        for (int k = before - 1; k > 0 && k >= before - 3 && document.token(k).isWord(); k--) {
            if (document.token(k - 1).is("what")) {
                Token people = document.token(k);
                return !people.isCapitalized() && people.lower().endsWith("s") && !people.lower().endsWith("ss");
            }
        }
        return false;
    }

    /** Kwabena “the Cobra” Altenburg: a few words quoted between a first name and a surname. */
    private static boolean isNickname(Document document, QuoteContext context) {
        int before = context.quote().open() - 1;
        int after = context.quote().close() + 1;
        return after < document.size() && context.quote().last() - context.quote().first() < NICKNAME_LENGTH
                && isNamePart(document, before) && isNamePart(document, after)
                && document.sentenceOf(before).first() != before; // not “Wilson” opening a sentence before a name
    }

    private static boolean isNamePart(Document document, int token) {
        return document.token(token).isWord() && document.token(token).isCapitalized();
    }
}
