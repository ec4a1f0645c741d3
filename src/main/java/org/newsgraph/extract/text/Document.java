package org.newsgraph.extract.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An article body cut into tokens and sentences, with the publication date that relative dates are read
 * against. Sentences never cross a paragraph; a period inside a quotation ends a sentence like any
 * other, so a quote of two sentences spans two.
 */
public final class Document {

    /** Words that, after "U.S." or another acronym with a final period, show that a new sentence began. */
    private static final Set<String> SENTENCE_OPENERS = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i",
            "in", "on", "but", "and", "this", "that", "these", "those", "there", "his", "her", "its", "their", "our");

    private final String text;
    private final LocalDate publishedAt;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final int[] sentenceOfToken;
    /** How often each word is written, exactly so, other than at a sentence's start. */
    private final Map<String, Integer> midSentenceCounts = new HashMap<>();

    private Document(String text, LocalDate publishedAt) {
        this.text = text;
        this.publishedAt = publishedAt;
        this.tokens = Tokenizer.tokenize(text);
        this.sentences = split(tokens);
        this.sentenceOfToken = new int[tokens.size()];
        for (Sentence sentence : sentences) {
            for (int i = sentence.first(); i <= sentence.last(); i++) {
                sentenceOfToken[i] = sentence.index();
                if (i > sentence.first()) {
                    midSentenceCounts.merge(tokens.get(i).text(), 1, Integer::sum);
                }
            }
        }
    }

    public static Document of(String text, LocalDate publishedAt) {
        return new Document(text, publishedAt);
    }

    public String text() {
        return text;
    }

    /** The day it was published; null when unknown. */
    public LocalDate publishedAt() {
        return publishedAt;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** How often a word is written so, with the same capitals, other than at the start of a sentence. */
    public int midSentenceCount(String word) {
        return midSentenceCounts.getOrDefault(word, 0);
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    public int size() {
        return tokens.size();
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public Sentence sentenceOf(int tokenIndex) {
        return sentences.get(sentenceOfToken[tokenIndex]);
    }

    public String text(int start, int end) {
        return text.substring(start, end);
    }

    /** The text from the start of one token to the end of another. */
    public String text(Token first, Token last) {
        return text.substring(first.start(), last.end());
    }

    private static List<Sentence> split(List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i + 1 == tokens.size();
            if (last || endsHere(tokens, i)) {
                sentences.add(new Sentence(sentences.size(), first, i, tokens.get(first).paragraph()));
                first = i + 1;
            }
        }
        return List.copyOf(sentences);
    }

    private static boolean endsHere(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        Token next = tokens.get(i + 1);
        if (next.paragraph() != token.paragraph()) {
            return true;
        }
        if (next.kind() == TokenKind.CLOSE_DOUBLE || next.kind() == TokenKind.CLOSE_SINGLE
                || next.text().equals(")") || next.endsSentence()) {
            return false; // the closing mark or bracket belongs to the sentence it closes
        }
        Token ender = token;
        int back = i;
        while ((ender.kind() == TokenKind.CLOSE_DOUBLE || ender.kind() == TokenKind.CLOSE_SINGLE || ender.text().equals(")"))
                && back > 0) {
            ender = tokens.get(--back);
        }
        boolean startsAnew = next.isCapitalized() || next.kind() == TokenKind.NUMBER || next.kind() == TokenKind.OPEN_DOUBLE
                || next.kind() == TokenKind.OPEN_SINGLE;
        if (ender.endsSentence()) {
            return startsAnew;
        }
        // "in the U.S. The talks…": the acronym took the period that ended the sentence
        return ender.isWord() && ender.text().endsWith(".") && ender.text().length() > 2
                && next.isCapitalized() && SENTENCE_OPENERS.contains(next.lower()) && back == i;
    }
}
