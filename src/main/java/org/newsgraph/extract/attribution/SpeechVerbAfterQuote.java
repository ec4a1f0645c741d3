package org.newsgraph.extract.attribution;

import java.util.Optional;
import java.util.Set;

import org.newsgraph.entity.EntityKind;
import org.newsgraph.extract.Lexicons.SpeechVerb;
import org.newsgraph.extract.names.DocumentEntity;
import org.newsgraph.extract.names.Referents.Phrase;
import org.newsgraph.extract.text.Clauses;
import org.newsgraph.extract.text.Document;
import org.newsgraph.extract.text.Token;
import org.newsgraph.extract.text.TokenKind;

/**
 * The commonest and surest pattern of news copy: the attribution right after the quote. “…,” Putin said.
 * “…,” said the minister. “…,” Okafor, the mayor, told reporters. “…,” he said. After a quote that ends
 * in a comma, a question or an exclamation mark, the verb that follows is its verb of saying however
 * seldom it means speech elsewhere: “…,” she laughed. When the one who said it has no name (“…,” a
 * protester shouted), that is decided too: the quote is not left for a later sieve to give to someone else.
 */
final class SpeechVerbAfterQuote implements Sieve {

    /** Words that may stand between a subject and its verb of saying: “…,” Okafor later told reporters. */
    static final Set<String> BEFORE_VERB = Set.of("also", "later", "then", "again", "further", "previously", "earlier",
            "once", "recently", "simply", "just", "only", "still", "now", "eventually", "separately", "initially",
            "repeatedly", "quickly", "firmly", "flatly", "reportedly", "angrily", "calmly", "bluntly", "publicly",
            "privately", "has", "had", "have", "would", "will", "was", "is", "quoted", "as"); // "was quoted as saying"
    /** Words that go on with the subject already given, not a new one: “…” and said, “…” but declined to say. */
    private static final Set<String> COORDINATORS = Set.of("and", "but", "or", "yet", "then", "before", "after", "while");
    /** A quote ending in these runs on into the reporter's sentence. */
    private static final Set<String> RUNS_ON = Set.of(",", "?", "!");
    private static final Set<String> HAND_OVER = Set.of(",", "?", "!", "—", "–", "-");
    /** How far after the quote the verb of an unnamed subject may stand: “…,” one woman in the crowd shouted. */
    private static final int SUBJECT_REACH = 8;
    /** How many words may describe a speaker named after the verb: “…,” said study co-author Rebecca McKibbin. */
    private static final int DESCRIPTION_WORDS = 5;

    @Override
    public String name() {
        return "speech-verb-after";
    }

    @Override
    public Optional<Attribution> attribute(QuoteContext context) {
        Document document = context.document();
        int end = context.reporterEndAfter();
        int i = context.quote().close() + 1;
        while (i <= end && isHandOver(document.token(i))) {
            i++;
        }
        if (context.quote().partial() && i == context.quote().close() + 1 && !endsOpen(context)) {
            return Optional.empty(); // a “lawful response” to what she described as …: the reporter's sentence goes on
        }
        if (i > end || document.token(i).paragraph() != document.token(context.quote().close()).paragraph()) {
            return Optional.empty();
        }
        boolean weakToo = endsOpen(context);
        if (context.isSpeechVerb(document.token(i), weakToo)) { // “…,” said Putin / said a woman
            Optional<Phrase> found = context.referents().startingAt(i + 1, context.speakers());
            Optional<Phrase> speaker = found.filter(Phrase::named).isPresent() ? found
                    : personAfterDescription(context, i + 1, end).or(() -> found);
            if (speaker.isEmpty() && document.token(i).lower().endsWith("ing")) {
                return Optional.empty(); // “…,” adding, “…”: the speaker of the words before, for a later sieve
            }
            return Optional.of(attribution(context, name(), speaker.map(Phrase::entity).orElse(-1), i,
                    speaker.map(Phrase::last).orElse(i)));
        }
        Optional<Phrase> subject = context.referents().startingAt(i, context.speakers());
        int verb = subject.map(s -> skipToVerb(context, s.last() + 1, end, weakToo)).orElse(-1);
        if (verb >= 0 && (subject.get().entity() >= 0 || !context.isPronoun(i))) {
            return Optional.of(attribution(context, name(), subject.get().entity(), verb, verb));
        }
        if (subject.isPresent() && subject.get().entity() >= 0) {
            return Optional.empty(); // someone named, in words this sieve does not read: for the sieves after it
        }
        int unnamedVerb = verbOfUnnamedSubject(context, i, end, weakToo);
        return unnamedVerb < 0 ? Optional.empty() : Optional.of(attribution(context, name(), -1, unnamedVerb, unnamedVerb));
    }

    /**
     * “…,” said study co-author Rebecca McKibbin: a person named after words that describe them. Someone
     * named with a possessive is not the speaker but may be part of the description: “…,” said Alvarez’s
     * counterpart, Sen. Mitchell Crane.
     */
    private static Optional<Phrase> personAfterDescription(QuoteContext context, int from, int end) {
        Document document = context.document();
        int words = 0;
        for (int k = from; k <= end && words <= DESCRIPTION_WORDS; k++) {
            Optional<DocumentEntity> named = context.entities().at(k).filter(e -> e.kind() == EntityKind.PERSON);
            if (named.isPresent() && context.entities().mentionAt(k).orElseThrow().first() == k) {
                int last = context.entities().mentionAt(k).orElseThrow().last();
                boolean possessor = last + 1 < document.size() && document.token(last + 1).kind() == TokenKind.POSSESSIVE;
                if (!possessor) {
                    return Optional.of(new Phrase(named.get().index(), from, last));
                }
                k = last + 1; // "said Rihanna’s mother": the one named is not the one speaking
            } else if (document.token(k).isWord()) {
                words++;
            } else if (!document.token(k).text().equals(",")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** “…,” a protester told reporters: a verb of saying a few plain words after the quote. */
    private static int verbOfUnnamedSubject(QuoteContext context, int from, int end, boolean weakToo) {
        Document document = context.document();
        if (context.isPronoun(from)) {
            return -1; // a "he" nobody fits is for the sieves after this one
        }
        if (COORDINATORS.contains(document.token(from).lower())) {
            return -1; // called the bill “…” and said: the verb's subject is the sentence's, before the quote
        }
        for (int k = from; k <= end && k <= from + SUBJECT_REACH; k++) {
            Token token = document.token(k);
            if (context.isSpeechVerb(token, weakToo)) {
                return k > from ? k : -1;
            }
            if (!token.isWord() && !token.text().equals(",")) {
                return -1;
            }
        }
        return -1;
    }

    /** After the subject: an appositive between commas, and adverbs, may come before the verb. */
    static int skipToVerb(QuoteContext context, int from, int end, boolean weakToo) {
        Document document = context.document();
        int k = from;
        if (k < end && document.token(k).text().equals(",") && context.isSpeechVerb(document.token(k + 1), weakToo)) {
            k++; // “…,” its director, Helen Okafor, said: the appositive's closing comma
        } else if (k <= end && document.token(k).text().equals(",")) {
            // "…,” Ngozi Adeyemi-Clarke, general secretary of the Amalgamated Rail and Tram Workers' Union (ARTWU), told"
            k = Clauses.pastAppositive(document, k, end + 1);
        }
        if (k + 2 <= end && document.token(k).is("and") && Set.of("his", "her", "their").contains(document.token(k + 1).lower())) {
            k += 3; // “…,” Marsh and her co-authors wrote: the first of them is named
        }
        while (k <= end && BEFORE_VERB.contains(document.token(k).lower()) && !context.isSpeechVerb(document.token(k), false)) {
            k++;
        }
        return k <= end && context.isSpeechVerb(document.token(k), weakToo) ? k : -1;
    }

    /** The speaker (-1 for one without a name), and, for "told", whom it was told to. */
    static Attribution attribution(QuoteContext context, String sieve, int speaker, int verb, int after) {
        Optional<SpeechVerb> speech = context.lexicons().speechVerb(context.document().token(verb).text());
        int addressee = -1;
        if (speech.isPresent() && speech.get().takesAddressee() && after + 1 < context.document().size()) {
            addressee = context.referents().startingAt(after + 1, context.speakers()).map(Phrase::entity).orElse(-1);
        }
        return new Attribution(speaker, addressee == speaker ? -1 : addressee, sieve, speaker >= 0 ? 0.95 : 0);
    }

    /** “…,” “…?” “…!”: the quoted sentence runs on into the reporter's. */
    private static boolean endsOpen(QuoteContext context) {
        int close = context.quote().close();
        return close > 0 && RUNS_ON.contains(context.document().token(close - 1).text());
    }

    /** The punctuation between a quote and its attribution: “…”, said … / “…” — said …. */
    private static boolean isHandOver(Token token) {
        return HAND_OVER.contains(token.text());
    }
}
