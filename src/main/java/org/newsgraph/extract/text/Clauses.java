package org.newsgraph.extract.text;

import java.util.Set;

/**
 * Where a subject's verb stands, without a parser: after the subject come, at most, a parenthesis ("(NWC)"),
 * an appositive between commas ("Albuquerque, who is running for mayor, called"), adverbs ("also", "now") and a time
 * ("last month", "on Tuesday"), and then a finite verb, which in news prose is an auxiliary, a common irregular past or a word
 * in -ed or -s.
 */
public final class Clauses {

    /** Finite verbs that do not end in -ed: auxiliaries and common irregular pasts and presents. */
    private static final Set<String> FINITE = Set.of("was", "were", "is", "are", "has", "had", "have", "will", "would",
            "can", "could", "may", "might", "must", "shall", "should", "did", "does", "do", "sent", "made", "gave",
            "took", "met", "told", "said", "saw", "went", "came", "left", "held", "put", "kept", "began", "brought",
            "bought", "built", "chose", "drew", "drove", "fell", "felt", "found", "fought", "flew", "got", "grew",
            "heard", "hit", "knew", "led", "lost", "meant", "paid", "ran", "rose", "sat", "sold", "set", "shot",
            "spoke", "spent", "stood", "struck", "swore", "taught", "thought", "threw", "won", "wrote", "read", "says",
            "wants", "hopes", "plans", "sees", "calls", "makes", "gives", "takes", "shook", "broke", "became", "bore",
            "caught", "fled", "forgot", "hung", "overcame", "rang", "sought", "slept", "sank", "sang", "stole",
            "strode", "swept", "understood", "wept", "withdrew", "woke", "wore", "froze", "bit", "blew",
            "dealt", "drank", "ate", "fed", "forgave", "hid", "lit", "rode", "shone", "stuck", "swung", "tore", "let");
    /** Finite forms no appositive opens with: after "…, Graham Prentice," one of them is the clause's verb. */
    private static final Set<String> ONLY_FINITE = Set.of("was", "were", "is", "are", "has", "had", "have", "will",
            "would", "can", "could", "may", "might", "must", "shall", "should", "did", "does", "said", "told", "says",
            "read", "wrote", "spoke");
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today", "week", "month", "year");
    private static final Set<String> ADVERBS = Set.of("also", "now", "eventually", "then", "later", "still", "once",
            "again", "never", "not", "only", "quickly", "finally", "even", "last", "this", "on", "earlier");
    /** Prepositions that tie a person to an organization or a place right after their name. */
    private static final Set<String> AFFILIATIONS = Set.of("of", "at", "from");
    /** Words inside an organization's name: "Bank of England", "Lindqvist & Crane". */
    private static final Set<String> CONNECTORS = Set.of("of", "&", "and", "for");
    private static final Set<String> RELATIVE_WORDS = Set.of("where", "who", "which", "whose", "when");
    /** Letters after a name: a rank or an honour, not part of it. */
    private static final Set<String> POSTNOMINALS = Set.of("KC", "QC", "SC", "MP", "MSP", "MEP", "MLA", "TD", "OBE", "MBE",
            "CBE", "KBE", "DBE", "PhD");
    /** How far an appositive may run, in tokens. */
    private static final int APPOSITIVE_REACH = 16;

    private Clauses() {
    }

    /**
     * The finite verb of a subject that ends just before a token, if it comes before another token; -1 when
     * none does.
     */
    public static int verbAfterSubject(Document document, int from, int to) {
        int afterAppositive = pastAppositive(document, from, to);
        int k = pastAdverbs(document, afterAppositive, to);
        boolean afterClosingComma = afterAppositive > from && document.token(afterAppositive - 1).is(",");
        return k < to && (looksFinite(document.token(k)) || isPresentAfterPronoun(document, k)
                || afterClosingComma && endsLikePresent(document.token(k))) ? k : -1;
    }

    /** "She laughs", "he recalls": after "he" or "she" a word in -s is a verb, where after a noun it may be a plural. */
    private static boolean isPresentAfterPronoun(Document document, int k) {
        return k > 0 && Set.of("he", "she").contains(document.token(k - 1).lower()) && endsLikePresent(document.token(k));
    }

    private static boolean endsLikePresent(Token token) {
        String word = token.lower();
        return token.isWord() && !token.isCapitalized() && word.length() > 3 && word.endsWith("s") && !word.endsWith("ss");
    }

    /** The first token from here that is no adverb and no word of a time ("earlier this month"). */
    public static int pastAdverbs(Document document, int from, int to) {
        int k = from;
        while (k < to && (ADVERBS.contains(document.token(k).lower()) || isTimeWord(document.token(k)))) {
            k++;
        }
        return k;
    }

    /**
     * From the token after a subject to where its verb may stand: past an appositive between commas, or
     * past the comma that closes one ("… minister, Anderson Moura, visited").
     */
    public static int pastAppositive(Document document, int from, int to) {
        int k = pastParenthesis(document, pastAffiliation(document, pastPostnominals(document, from, to), to), to);
        if (k >= to || !document.token(k).text().equals(",")) {
            return k;
        }
        if (k + 1 < to && ONLY_FINITE.contains(document.token(k + 1).text())) {
            return k + 1; // "Chloe's father, Graham Prentice, read a statement to the court, pausing …": the comma closed one
        }
        for (int c = k + 1; c < to && c - k <= APPOSITIVE_REACH; c++) {
            Token token = document.token(c);
            if (token.endsSentence() || token.kind() == TokenKind.OPEN_DOUBLE || token.kind() == TokenKind.CLOSE_DOUBLE) {
                break; // a nickname in single quotes may stand in it: "Tilley, known as ‘Tank’, had"
            }
            if (token.text().equals(",")) {
                // "Martin Hession, principal of the school, where she taught for nine years, said": a second one
                // and "Theo, 10, the team's goalkeeper, saved": an age, then what he is
                boolean age = c == k + 2 && document.token(k + 1).kind() == TokenKind.NUMBER;
                return c + 1 < to && (age || RELATIVE_WORDS.contains(document.token(c + 1).lower())) ? pastAppositive(document, c, to) : c + 1;
            }
        }
        // "Her mother, Rachel Hadley, 44, admits", "Maria's husband, Tevita Fonua, now works": after a comma that
        // closes one, past its adverbs, a word in -s is the verb too
        int verb = pastAdverbs(document, k + 1, to);
        return verb < to && (looksFinite(document.token(verb)) || endsLikePresent(document.token(verb))) ? k + 1 : k;
    }

    /**
     * Past "of Brassock Capital" or "at the Civic Union" after a name: the organization a person is from stands
     * between the person and their verb ("Dagny Oyelaran-Pike of Brassock Capital pressed").
     */
    private static int pastAffiliation(Document document, int k, int to) {
        if (k + 1 >= to || !AFFILIATIONS.contains(document.token(k).text())) {
            return k;
        }
        int c = document.token(k + 1).is("the") ? k + 2 : k + 1;
        int end = c;
        while (end < to && (document.token(end).isCapitalized() || end > c && CONNECTORS.contains(document.token(end).text())
                && end + 1 < to && document.token(end + 1).isCapitalized())) {
            end++;
        }
        return end > c ? end : k;
    }

    /** "KC", "MP", "OBE": whether a token is letters written after a person's name. */
    public static boolean isPostnominal(Token token) {
        return POSTNOMINALS.contains(token.text());
    }

    /** Past "KC" in "Farida Nkemelu-Strand KC, for the defence, suggested". */
    private static int pastPostnominals(Document document, int k, int to) {
        while (k < to && isPostnominal(document.token(k))) {
            k++;
        }
        return k;
    }

    /** Past "(NWC)" after a name. */
    private static int pastParenthesis(Document document, int k, int to) {
        if (k >= to || !document.token(k).text().equals("(")) {
            return k;
        }
        for (int c = k + 1; c < to && c - k <= APPOSITIVE_REACH; c++) {
            if (document.token(c).text().equals(")")) {
                return c + 1;
            }
        }
        return k;
    }

    public static boolean looksFinite(Token token) {
        String word = token.lower();
        return token.isWord() && !token.isCapitalized()
                && (FINITE.contains(word) || word.length() > 4 && word.endsWith("ed"));
    }

    private static boolean isTimeWord(Token token) {
        return TIME_WORDS.contains(token.lower());
    }
}
