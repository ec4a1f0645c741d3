package org.newsgraph.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.extract.Lexicons.SpeechVerb;
import org.newsgraph.extract.Lexicons.Strength;
import org.newsgraph.extract.names.Referents.Phrase;
import org.newsgraph.extract.text.Document;
import org.newsgraph.extract.text.Token;
import org.newsgraph.extract.text.TokenKind;

/**
 * A quote inside the reporter's own clause, under a verb of saying: He added that Russia would now
 * “make all necessary efforts”. The minister promised to “restore order”. Lima dismissed the claim as
 * “misleading at best”. Kjær said the sale was “the only way to grow”. The quote is the words of that
 * verb's subject, however far the quote stands from it in its clause. For a participle ("…, promising to
 * “…”", "he said, adding that …") the subject is the one of the clause it hangs on.
 */
final class ReportedSpeech implements Sieve {

    /** What may stand between the verb and its quoted words: "to", "it", "itself", "as", "that". */
    private static final Set<String> LINKS = Set.of("to", "it", "itself", "themselves", "himself", "herself", "as",
            "them", "him", "her", "this", "the", "a", "an", "that", ":", ",");
    /** Verbs that put a label on their object: called the plan “reckless”, accused his rival of “…”. */
    private static final Set<String> LABELLING = Set.of("call", "describe", "dismiss", "accuse", "brand", "label",
            "praise", "criticize", "condemn", "hail", "denounce", "reject", "charge");
    /** What follows a participle that describes: "announced in February", "published on Tuesday", "released by". */
    private static final Set<String> PARTICIPLE_PREPOSITIONS = Set.of("in", "on", "at", "by", "last", "earlier", "this");
    /** How many words a verb's object or complement clause may run before the quote. */
    private static final int OBJECT_WORDS = 6;
    private static final int CLAUSE_WORDS = 12;

    @Override
    public String name() {
        return "reported-speech";
    }

    @Override
    public Optional<Attribution> attribute(QuoteContext context) {
        Document document = context.document();
        int open = context.quote().open();
        int start = context.reporterStartBefore();
        for (int v = open - 1; v >= start; v--) {
            Token token = document.token(v);
            int at = v;
            Optional<SpeechVerb> verb = context.lexicons().speechVerb(token.text()).filter(x -> context.isSpeechVerbAt(at, true));
            if (verb.isEmpty()) {
                continue;
            }
            if (!introduces(document, verb.get(), v, open)) {
                if (opensAppositive(document, v)) {
                    continue; // "its buyback programme, announced in February, was “fully intact”": the verb of a detail
                }
                return Optional.empty();
            }
            boolean participle = token.lower().endsWith("ing");
            Optional<Phrase> subject = participle && v > start && document.token(v - 1).text().equals(",")
                    ? mainClauseSubject(context, v, start)
                    : SpeechVerbBeforeQuote.subjectOf(context, v, start);
            // "Gallagher can be heard calling her “…”": a participle's subject is the clause's
            Optional<Phrase> speaker = participle && subject.filter(Phrase::named).isEmpty()
                    ? ClauseSubject.subjects(context, context.openingSentence().first(), v).stream().filter(Phrase::named)
                            .findFirst().or(() -> subject)
                    : subject;
            if (speaker.isEmpty() && token.lower().endsWith("s")) {
                continue; // "firms using AI to assess claims must be able to “…”": a plural noun, no verb with a subject
            }
            if (speaker.filter(Phrase::named).isEmpty() && verb.get().strength() == Strength.WEAK) {
                return Optional.empty(); // "A sign on the door read: “…”": too unsure a verb to decide for nobody
            }
            // a verb of saying whose subject has no name ("The briefing claimed the Taoiseach had ‘…’") decides too
            return Optional.of(new Attribution(speaker.map(Phrase::entity).orElse(-1), -1, name(), 0.85));
        }
        return Optional.empty();
    }

    /**
     * Whether the quote is what the verb says: right after it ("promised to “…”"), in a clause it opens
     * ("said in a statement that … “…”", "said the sale was “…”", for verbs that are mostly speech), or
     * after the object it labels ("described the change as ‘…’").
     */
    private static boolean introduces(Document document, SpeechVerb verb, int v, int open) {
        if (linksDirectly(document, v, open)) {
            return true;
        }
        for (int t = v + 1; t < open && t <= v + 5; t++) {
            if (document.token(t).is("that")) {
                return wordsOnly(document, v + 1, t); // "said through his lawyer that …"
            }
        }
        int words = clauseWords(document, v + 1, open);
        if (words < 0) {
            return false;
        }
        return LABELLING.contains(verb.lemma()) ? words <= OBJECT_WORDS
                : verb.strength() != Strength.WEAK && words <= CLAUSE_WORDS;
    }

    /**
     * The words of a clause between two tokens, not counting an appositive between commas ("said the support
     * team in Carrow Falls, Lumora’s second-largest office, would be “…”"); -1 when other punctuation, another
     * quote or a sentence end stands there.
     */
    private static int clauseWords(Document document, int from, int to) {
        List<Integer> commas = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (document.token(i).is(",")) {
                commas.add(i);
            }
        }
        if (commas.size() == 2 && wordsOnly(document, from, commas.get(0)) && wordsOnly(document, commas.get(0) + 1, commas.get(1))
                && wordsOnly(document, commas.get(1) + 1, to)) {
            return (commas.get(0) - from) + (to - commas.get(1) - 1);
        }
        return wordsOnly(document, from, to) ? to - from : -1;
    }

    /**
     * A past participle and its preposition right after a comma: ", announced in February,", which describes and says
     * nothing; not ", warned that", the clause's own verb.
     */
    private static boolean opensAppositive(Document document, int verb) {
        return verb > 0 && verb + 1 < document.size() && document.token(verb - 1).is(",")
                && document.token(verb).lower().endsWith("ed") && PARTICIPLE_PREPOSITIONS.contains(document.token(verb + 1).lower());
    }

    private static boolean linksDirectly(Document document, int verb, int open) {
        for (int i = verb + 1; i < open; i++) {
            if (!LINKS.contains(document.token(i).lower())) {
                return false;
            }
        }
        return open - verb <= 4;
    }

    /** Only words (and possessives, numbers) between two tokens: no comma, no other quote, no sentence end. */
    private static boolean wordsOnly(Document document, int from, int to) {
        for (int i = from; i < to; i++) {
            TokenKind kind = document.token(i).kind();
            if (!document.token(i).isWord() && kind != TokenKind.POSSESSIVE && kind != TokenKind.NUMBER) {
                return false;
            }
        }
        return true;
    }

    /**
     * The subject a participle shares: of the verb of saying before it ("he said, adding that"), or the
     * first subject of the sentence ("Putin invited …, promising to").
     */
    private static Optional<Phrase> mainClauseSubject(QuoteContext context, int participle, int start) {
        for (int v = participle - 1; v >= start; v--) {
            if (context.isSpeechVerbAt(v, false) && !context.document().token(v).lower().endsWith("ing")) {
                return SpeechVerbBeforeQuote.subjectOf(context, v, start);
            }
        }
        int sentenceStart = context.openingSentence().first();
        return ClauseSubject.subjects(context, sentenceStart, participle).stream().findFirst();
    }
}
