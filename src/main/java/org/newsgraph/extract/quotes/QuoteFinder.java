package org.newsgraph.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newsgraph.extract.Lexicons;
import org.newsgraph.extract.text.Clauses;
import org.newsgraph.extract.text.Document;
import org.newsgraph.extract.text.Token;
import org.newsgraph.extract.text.TokenKind;

/**
 * Finds the quotations of a body: double quotes, curly or straight; single quotes where a newsroom uses
 * them for speech; quotes that run over several paragraphs (each paragraph reopens the quote, only the
 * last one closes it). Single quotes inside a double quote belong to it. What is quoted but is not
 * speech is left out: a name or title in quotes (“Year of Friendship”), a headline-style scare quote
 * (‘Comrade’). A one-word quote, which may or may not be speech, is marked doubtful, for the attribution
 * stage to keep only if it finds who said them.
 */
public final class QuoteFinder {

    /** Words before a quoted name that show it is a name, not speech: the so-called “Blue Plan”. */
    private static final Set<String> NAMING_WORDS = Set.of("so-called", "dubbed", "named", "titled", "entitled",
            "nicknamed", "branded", "called", "headlined", "slogan", "motto", "hashtag", "book", "film", "movie", "song",
            "album", "show", "series", "play", "novel", "documentary", "report", "operation", "campaign", "program",
            "programme", "plan", "initiative", "project");

    /** A quote ending in these runs on into the reporter's sentence: “…,” she said. */
    private static final Set<String> RUNS_ON = Set.of(",", "?", "!");
    private final Lexicons lexicons;

    public QuoteFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    public List<QuoteSpan> find(Document document) {
        List<QuoteSpan> quotes = new ArrayList<>();
        List<Token> tokens = document.tokens();
        int openDouble = -1;
        int openSingle = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (i > 0 && token.paragraph() != tokens.get(i - 1).paragraph()) {
                // a quote still open at a paragraph's end goes on only if the new paragraph reopens it
                if (openDouble >= 0 && token.kind() != TokenKind.OPEN_DOUBLE) {
                    closeAtParagraphEnd(document, openDouble, i - 1, quotes);
                    openDouble = -1;
                }
                if (openSingle >= 0 && token.kind() != TokenKind.OPEN_SINGLE) {
                    openSingle = -1;
                }
                if (openDouble >= 0 || openSingle >= 0) {
                    continue; // the reopening mark of a continued quote
                }
            }
            switch (token.kind()) {
                case OPEN_DOUBLE -> openDouble = i;
                case CLOSE_DOUBLE -> {
                    if (openDouble >= 0) {
                        add(document, openDouble, i, false, quotes);
                        openDouble = -1;
                        openSingle = -1;
                    }
                }
                case OPEN_SINGLE -> {
                    if (openDouble < 0) {
                        openSingle = i;
                    }
                }
                case CLOSE_SINGLE -> {
                    if (openDouble < 0 && openSingle >= 0) { // otherwise an apostrophe: the leaders’ summit
                        add(document, openSingle, i, true, quotes);
                        openSingle = -1;
                    }
                }
                default -> {
                }
            }
        }
        if (openDouble >= 0) {
            closeAtParagraphEnd(document, openDouble, tokens.size() - 1, quotes);
        }
        return List.copyOf(quotes);
    }

    /** A quote left open by a careless copy: kept when it is long enough to be clearly speech. */
    private void closeAtParagraphEnd(Document document, int open, int lastOfParagraph, List<QuoteSpan> quotes) {
        long words = countWords(document, open + 1, lastOfParagraph);
        if (words >= 5) {
            add(document, open, lastOfParagraph + 1, false, quotes);
        }
    }

    private void add(Document document, int open, int close, boolean single, List<QuoteSpan> quotes) {
        int first = open + 1;
        int last = close - 1;
        while (last >= first && isTrailingPunctuation(document.token(last))) {
            last--;
        }
        if (last < first) {
            return;
        }
        long words = countWords(document, first, last);
        List<Token> inner = document.tokens().subList(first, last + 1);
        if (isName(document, open, close, inner)) {
            return;
        }
        boolean runsOn = close - 1 > last && RUNS_ON.contains(document.token(close - 1).text());
        if (single && !runsOn && !looksLikeSpeech(inner, words)) { // ‘It went well,’ said Kaur: speech however short
            return; // ‘Comrade’, ‘Economic Cooperation’: a headline's scare quotes
        }
        boolean partial = isPartial(document, open, inner);
        int endToken = last;
        Token lastToken = document.token(last);
        int end = lastToken.end();
        int closeOrEnd = close < document.size() ? close : document.size();
        // a full quote keeps the punctuation that ends the speaker's sentence; a partial quote does not
        if (!partial && last + 1 < closeOrEnd && document.token(last + 1).endsSentence()) {
            end = document.token(last + 1).end();
            endToken = last + 1;
        }
        int start = document.token(first).start();
        boolean doubtful = words == 1 && !Character.isUpperCase(document.token(first).text().codePointAt(0));
        quotes.add(new QuoteSpan(open, Math.min(close, document.size() - 1), first, endToken, start, end,
                document.text(start, end), partial, doubtful));
    }

    /** Quoted words that name something: Title Case, short, no sentence punctuation, or a naming word before. */
    private boolean isName(Document document, int open, int close, List<Token> inner) {
        Token before = open > 0 ? document.token(open - 1) : null;
        if (before != null && NAMING_WORDS.contains(before.lower()) && inner.get(0).isCapitalized()) {
            return true;
        }
        List<Token> words = inner.stream().filter(Token::isWord).toList();
        if (words.isEmpty() || words.size() > 6) {
            return false;
        }
        boolean titleCase = words.stream().allMatch(w -> w.isCapitalized() || lexicons.isFunctionWord(w.lower()));
        boolean hasPunctuation = inner.stream().anyMatch(t -> t.endsSentence() || t.text().equals(","));
        boolean sentenceStart = before == null || before.paragraph() != inner.get(0).paragraph() || before.text().equals(":")
                || before.endsSentence(); // “…,” said Crane. “We Will Be Back.” is speech, however short
        return titleCase && words.get(0).isCapitalized() && !hasPunctuation && (!sentenceStart || isSubject(document, close));
    }

    /** “The Glass Orchard” opens in theaters: quoted words a verb follows, with nothing between, are a title. */
    private boolean isSubject(Document document, int close) {
        if (close + 1 >= document.size() || document.token(close).kind() != TokenKind.CLOSE_DOUBLE) {
            return false;
        }
        Token next = document.token(close + 1);
        boolean verb = Clauses.looksFinite(next) || next.lower().endsWith("s") && !next.lower().equals("his");
        return verb && lexicons.speechVerb(next.lower()).isEmpty() && next.paragraph() == document.token(close).paragraph();
    }

    /** Single quotes carry speech in British copy, and scare quotes everywhere: speech is longer. */
    private static boolean looksLikeSpeech(List<Token> inner, long words) {
        boolean lowercaseStart = inner.get(0).isWord() && Character.isLowerCase(inner.get(0).text().codePointAt(0));
        return words >= 4 || words >= 2 && lowercaseStart;
    }

    /**
     * Partial when the quote starts inside the reporter's sentence: mid-sentence and not after a colon, a
     * comma or a speech verb, or with a lowercase first word.
     */
    private boolean isPartial(Document document, int open, List<Token> inner) {
        Token firstWord = inner.get(0);
        if (firstWord.isWord() && Character.isLowerCase(firstWord.text().codePointAt(0))) {
            return true;
        }
        if (open == 0) {
            return false;
        }
        Token before = document.token(open - 1);
        if (before.paragraph() != document.token(open).paragraph() || before.endsSentence()
                || before.text().equals(":") || before.text().equals(",") || before.kind() == TokenKind.CLOSE_DOUBLE
                || before.text().equals("—") || before.text().equals("–")) {
            return false;
        }
        return lexicons.speechVerb(before.lower()).isEmpty();
    }

    private static boolean isTrailingPunctuation(Token token) {
        return token.kind() == TokenKind.PUNCT && (token.text().equals(",") || token.endsSentence() || token.text().equals(";"));
    }

    private static long countWords(Document document, int first, int last) {
        long words = 0;
        for (int i = first; i <= last && i < document.size(); i++) {
            if (document.token(i).isWord() || document.token(i).kind() == TokenKind.NUMBER) {
                words++;
            }
        }
        return words;
    }
}
