package org.newsgraph.extract.attribution;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.extract.names.Referents.Phrase;
import org.newsgraph.extract.text.Document;
import org.newsgraph.extract.text.Token;
import org.newsgraph.extract.text.TokenKind;

/**
 * A noun of saying and its owner before a colon: His verdict after one sip: “…”. The minister’s reply was
 * short: “…”. Robbins has one message for his team: “…”. The owner said it.
 */
final class SpeechNounBeforeQuote implements Sieve {

    private static final Set<String> SPEECH_NOUNS = Set.of("verdict", "reply", "response", "answer", "message",
            "words", "advice", "view", "explanation", "warning", "comment", "comments", "conclusion", "assessment",
            "argument", "retort", "plea", "prediction", "promise", "instructions", "tip", "reaction", "defence",
            "defense", "summary", "statement");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its");

    @Override
    public String name() {
        return "speech-noun-before";
    }

    @Override
    public Optional<Attribution> attribute(QuoteContext context) {
        Document document = context.document();
        int open = context.quote().open();
        int start = context.reporterStartBefore();
        if (open <= start || !document.token(open - 1).text().equals(":")) {
            return Optional.empty();
        }
        for (int noun = start + 1; noun < open - 1; noun++) {
            if (SPEECH_NOUNS.contains(document.token(noun).lower())) {
                int at = noun;
                return owner(context, noun - 1).or(() -> subjectBefore(context, start, at)).filter(Phrase::named)
                        .map(p -> new Attribution(p.entity(), -1, name(), 0.85));
            }
        }
        return Optional.empty();
    }

    /** "Cisco CEO Chuck Robbins has one message for his team: “…”": the noun is the subject's. */
    private static Optional<Phrase> subjectBefore(QuoteContext context, int start, int noun) {
        List<Phrase> subjects = ClauseSubject.subjects(context, start, noun);
        return subjects.isEmpty() ? Optional.empty() : Optional.of(subjects.get(subjects.size() - 1));
    }

    /** "his" → the person it means; "the minister’s" → the minister. */
    private static Optional<Phrase> owner(QuoteContext context, int before) {
        Token token = context.document().token(before);
        if (POSSESSIVE_PRONOUNS.contains(token.lower())) {
            return Optional.of(new Phrase(context.referents().pronoun(before, context.speakers()), before, before));
        }
        return token.kind() == TokenKind.POSSESSIVE ? context.referents().endingAt(before - 1, context.speakers())
                : Optional.empty();
    }
}
