package org.newsgraph.extract.text;

/**
 * A sentence as a range of tokens.
 *
 * @param first the index of its first token
 * @param last the index of its last token (inclusive)
 */
public record Sentence(int index, int first, int last, int paragraph) {
}
