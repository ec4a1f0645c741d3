package org.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits an article body into tokens, keeping what names and quotes need whole: hyphenated words
 * ("Jong-un", "90-year-old"), abbreviations with their periods ("U.S.", "Mr.", "Sept."), initials
 * ("J."), contractions ("isn’t"); and splitting what they need apart: the possessive ’s, and quote marks,
 * whose direction it decides from the characters around them. Every newline ends a paragraph.
 */
public final class Tokenizer {

    /** Words that keep a following period as part of themselves rather than ending a sentence with it. */
    private static final Set<String> NUMBER_SIGNS = Set.of("no", "nos");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "mx", "dr", "prof", "rev", "fr", "st",
            "sr", "jr", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm", "gov", "sen", "rep", "pres",
            "amb", "supt", "insp", "det", "hon", "ald", "cllr", "messrs", "mt", "ft", "ave", "blvd", "rd", "inc", "ltd", "co", "corp",
            "bros", "no", "nos", "vs", "etc", "approx", "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int position;
    private int paragraph;

    private Tokenizer(String text) {
        this.text = text;
    }

    public static List<Token> tokenize(String text) {
        Tokenizer tokenizer = new Tokenizer(text);
        tokenizer.run();
        return List.copyOf(tokenizer.tokens);
    }

    private void run() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '\n') {
                if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).paragraph() == paragraph) {
                    paragraph++;
                }
                position++;
            } else if (isSpace(c)) {
                position++;
            } else if (isOtherStart()) {
                other();
            } else if (Character.isLetter(c)) {
                word();
            } else if (Character.isDigit(c)) {
                number();
            } else if (isQuoteChar(c)) {
                quote(c);
            } else {
                punctuation();
            }
        }
    }

    /** An e-mail address, a handle or a URL: a run of non-space characters with @ or :// in it. */
    private boolean isOtherStart() {
        int end = runEnd();
        String run = text.substring(position, end);
        return run.contains("@") || run.contains("://") || run.startsWith("www.");
    }

    private void other() {
        int end = runEnd();
        while (end > position + 1 && ".,;:!?)”\"’'".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        add(position, end, TokenKind.OTHER);
    }

    private int runEnd() {
        int end = position;
        while (end < text.length() && !isSpace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private void word() {
        int start = position;
        int end = position;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                end++;
            } else if (isHyphen(c) && end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1))) {
                end++; // Jong-un, Lee-Smith
            } else if (isApostrophe(c) && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1))
                    && !isPossessiveAt(end)) {
                end++; // isn't, O'Brien, d'Alembert
            } else {
                break;
            }
        }
        end = withAbbreviationPeriod(start, end);
        add(start, end, TokenKind.WORD);
        if (end < text.length() && isPossessiveAt(end)) {
            add(end, end + 2, TokenKind.POSSESSIVE);
        }
    }

    /** ’s or 's that ends a word: "Russia’s", but not "’s" starting a longer word. */
    private boolean isPossessiveAt(int at) {
        return at + 1 < text.length() && isApostrophe(text.charAt(at)) && (text.charAt(at + 1) == 's' || text.charAt(at + 1) == 'S')
                && (at + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(at + 2)));
    }

    /** U.S., U.S.A., D.C., initials (J.), and known abbreviations (Mr., Sept.) keep their periods. */
    private int withAbbreviationPeriod(int start, int end) {
        if (end >= text.length() || text.charAt(end) != '.') {
            return end;
        }
        String word = text.substring(start, end);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            int after = end + 1;
            // an acronym with periods: U.S., U.S.A.
            while (after + 1 < text.length() && Character.isLetter(text.charAt(after)) && text.charAt(after + 1) == '.') {
                after += 2;
            }
            if (after > end + 1) {
                return after;
            }
            return Character.isUpperCase(word.charAt(0)) && nameGoesOnAfter(end + 1) ? end + 1 : end; // J. K. Rowling
        }
        if (ABBREVIATIONS.contains(word.toLowerCase()) && !isSentenceEndAbbreviation(end)
                && (!NUMBER_SIGNS.contains(word.toLowerCase()) || isNumberAfter(end + 1))) {
            return end + 1;
        }
        return end;
    }

    /** An initial is followed by more of the name; "in a post on X." before a quote or a new line ends a sentence. */
    private boolean nameGoesOnAfter(int from) {
        return Character.isUpperCase(nextAfterSpaces(from));
    }

    /** "No. 10" but "She voted no. “We …”": the number sign is one only before a number. */
    private boolean isNumberAfter(int from) {
        return Character.isDigit(nextAfterSpaces(from));
    }

    /** The first character from a position that is not a space; NUL at the end of the text. */
    private char nextAfterSpaces(int from) {
        int next = from;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        return next < text.length() ? text.charAt(next) : '\0';
    }

    /** "Co." or "Inc." at the very end of a paragraph still end the sentence. */
    private boolean isSentenceEndAbbreviation(int periodAt) {
        int next = periodAt + 1;
        return next >= text.length() || text.charAt(next) == '\n';
    }

    private void number() {
        int start = position;
        int end = position;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (Character.isLetterOrDigit(c)) {
                end++;
            } else if ((c == ',' || c == '.' || c == ':') && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1))) {
                end++; // 1,000.5 and 10:30
            } else if (isHyphen(c) && end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1))) {
                end++; // 90-year-old, 2015-16
            } else {
                break;
            }
        }
        boolean hasLetter = text.substring(start, end).chars().anyMatch(Character::isLetter);
        add(start, end, hasLetter ? TokenKind.WORD : TokenKind.NUMBER);
    }

    private void quote(char c) {
        int at = position;
        if (isApostrophe(c) && at + 1 < text.length() && text.charAt(at + 1) == c && !opens(at)) {
            add(at, at + 2, TokenKind.CLOSE_DOUBLE); // “…’’: wire copy typed where no ” key was at hand
            return;
        }
        add(at, at + 1, switch (c) {
            case '“', '„', '«' -> TokenKind.OPEN_DOUBLE;
            case '»' -> TokenKind.CLOSE_DOUBLE;
            case '”' -> opens(at) ? TokenKind.OPEN_DOUBLE : TokenKind.CLOSE_DOUBLE; // ”I thought…”: a typo web copy often has
            case '‘', '‚' -> TokenKind.OPEN_SINGLE;
            case '’' -> opens(at) ? TokenKind.OPEN_SINGLE : TokenKind.CLOSE_SINGLE;
            case '"' -> opens(at) ? TokenKind.OPEN_DOUBLE : TokenKind.CLOSE_DOUBLE;
            default -> opens(at) ? TokenKind.OPEN_SINGLE : TokenKind.CLOSE_SINGLE; // '
        });
    }

    /** A mark opens when it follows a space, an opening bracket or the start, and a word follows it. */
    private boolean opens(int at) {
        boolean afterSpace = at == 0 || isSpace(text.charAt(at - 1)) || "([{—–-/".indexOf(text.charAt(at - 1)) >= 0
                || isQuoteChar(text.charAt(at - 1)) && (at < 2 || isSpace(text.charAt(at - 2)));
        boolean beforeWord = at + 1 < text.length() && !isSpace(text.charAt(at + 1));
        return afterSpace && beforeWord;
    }

    private void punctuation() {
        int start = position;
        int end = position + 1;
        if (text.startsWith("...", start)) {
            end = start + 3;
        }
        add(start, end, TokenKind.PUNCT);
    }

    private void add(int start, int end, TokenKind kind) {
        tokens.add(new Token(tokens.size(), start, end, text.substring(start, end), kind, paragraph));
        position = end;
    }

    private static boolean isQuoteChar(char c) {
        return "“”„«»\"‘’‚'".indexOf(c) >= 0;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '‐' || c == '‑';
    }

    /** Spaces of every kind: the no-break space of web copy ("Kim Yong-nam\u00a0sent") and the zero-width ones too. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
