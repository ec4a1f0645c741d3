package org.newsgraph.extract.attribution;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.extract.names.Referents.Phrase;
import org.newsgraph.extract.text.Document;
import org.newsgraph.extract.text.Token;

/**
 * The attribution that introduces the quote: Putin said: “…”. He also added that: “…”. Okafor told
 * reporters, “…”. A colon may introduce the quote from further away ("Here is what Putin said when
 * asked about the meeting: “…”"); otherwise the verb must stand right before it.
 */
final class SpeechVerbBeforeQuote implements Sieve {

    private static final Set<String> INTRODUCERS = Set.of(":", ",", "that", "—", "–");
    private static final Set<String> COORDINATORS = Set.of("and", "but");

    private static final Set<String> INTRODUCING_MARKS = Set.of(",", ":", "—", "–");
    /** Words between a verb of saying and the subject of what was said: "warned that the Kremlin". */
    private static final Set<String> BEFORE_SUBJECT = Set.of("the", "a", "an", "that");
    /** Verbs that carry a verb of saying as their infinitive: "Hollis used to say", "as Quint likes to say". */
    private static final Set<String> CATENATIVES = Set.of("used", "likes", "liked", "loves", "loved", "tends", "tended",
            "wants", "wanted", "continues", "continued", "went", "goes", "chose", "decided", "stopped", "paused");
    @Override
    public String name() {
        return "speech-verb-before";
    }

    @Override
    public Optional<Attribution> attribute(QuoteContext context) {
        Document document = context.document();
        int open = context.quote().open();
        int start = context.reporterStartBefore();
        boolean colon = open > start && document.token(open - 1).text().equals(":");
        int unnamed = -1;
        for (int v = open - 1; v >= start; v--) {
            Token token = document.token(v);
            if (!context.isSpeechVerbAt(v, false) || token.lower().endsWith("ing")) {
                continue;
            }
            if (!colon && !introducesDirectly(document, v, open)) {
                break;
            }
            Optional<Phrase> speaker = subjectOf(context, v, start);
            if (speaker.isEmpty() && isInverted(context, v, start)) {
                speaker = context.referents().startingAt(v + 1, context.speakers()); // said Putin: “…”
            }
            if (speaker.isPresent()) {
                return Optional.of(SpeechVerbAfterQuote.attribution(context, name(), speaker.get().entity(), v, v));
            }
            if (unnamed < 0 && v > start && document.token(v - 1).isWord() && !context.isPronoun(v - 1)) {
                unnamed = v; // "A protester told reporters: “…”"; but "when asked:" may have a subject further back
            }
            if (!colon) {
                break;
            }
        }
        return unnamed < 0 ? Optional.empty() : Optional.of(SpeechVerbAfterQuote.attribution(context, name(), -1, unnamed, unnamed));
    }

    /**
     * "Said Putin: “…”", "“…,” said Okafor, “…”": a verb before its subject opens its clause. After a
     * quoted name (a ‘Downing Street source’ claimed Varadkar ‘…’) the verb has its subject already.
     */
    private static boolean isInverted(QuoteContext context, int verb, int start) {
        if (verb == start) {
            return true;
        }
        Token before = context.document().token(verb - 1);
        return INTRODUCING_MARKS.contains(before.text())
                || context.quotes().stream().anyMatch(q -> q.close() == verb - 1);
    }

    /** The verb stands right before the quote, with at most a few words of its own in between. */
    private static boolean introducesDirectly(Document document, int verb, int open) {
        int between = 0;
        for (int i = verb + 1; i < open; i++) {
            if (!INTRODUCERS.contains(document.token(i).lower())) {
                between++;
            }
        }
        return between <= 2 && open - verb <= 5;
    }

    /**
     * The subject of a speech verb: the phrase before it, past adverbs, a time ("last month described")
     * and an appositive. A verb after "and" or "but" shares the subject of the clause before: "Okonkwo said she
     * would … but insisted", "the chemical maker placed … and said".
     */
    static Optional<Phrase> subjectOf(QuoteContext context, int verb, int start) {
        Document document = context.document();
        int k = verb - 1;
        while (k >= start) {
            int time = context.timeExpressionEndingAt(k);
            if (time > 0) {
                k -= time;
            } else if (SpeechVerbAfterQuote.BEFORE_VERB.contains(document.token(k).lower())) {
                k--;
            } else if (catenativeEndingAt(document, k, start) > 0) {
                k -= catenativeEndingAt(document, k, start);
            } else {
                break;
            }
        }
        if (k >= start && COORDINATORS.contains(document.token(k).lower())) {
            // the clause before may begin before an earlier quote: Lima dismissed the claim as “…” and accused …
            // and the subject of a clause someone reported is not the one who goes on: "the minister said Forsythe
            // was “…” and insisted …" is the minister's
            int sentenceStart = document.sentenceOf(k).first();
            List<Phrase> subjects = ClauseSubject.subjects(context, sentenceStart, k);
            return subjects.isEmpty() ? Optional.empty() : Optional.of(subjects.get(subjects.size() - 1))
                    .flatMap(s -> outerSpeaker(context, s, sentenceStart).or(() -> Optional.of(s)));
        }
        Optional<Phrase> subject = k >= start ? context.referents().endingAt(k, context.speakers()) : Optional.empty();
        return subject.flatMap(s -> outerSpeaker(context, s, start).or(() -> Optional.of(s)));
    }

    /** How many words ending here carry the verb of saying as their infinitive ("used to", "went on to"); 0 for none. */
    private static int catenativeEndingAt(Document document, int k, int start) {
        if (!document.token(k).lower().equals("to")) {
            return 0;
        }
        int verb = k - 1 >= start && document.token(k - 1).lower().equals("on") ? k - 2 : k - 1;
        return verb >= start && CATENATIVES.contains(document.token(verb).lower()) ? k - verb + 1 : 0;
    }

    /**
     * "Gallant said Israel would respond “…”", "He warned that the Kremlin would answer “…”": a subject
     * that is itself inside what someone said gives the quote to that someone.
     */
    private static Optional<Phrase> outerSpeaker(QuoteContext context, Phrase subject, int start) {
        int before = subject.first() - 1;
        while (before >= start && (BEFORE_SUBJECT.contains(context.document().token(before).lower())
                || context.lexicons().title(List.of(context.document().token(before).lower())).isPresent())) {
            before--; // "warned that the Kremlin would answer", "said Councillor Maud Eriksen was"
        }
        Token verb = before >= start ? context.document().token(before) : null;
        return verb != null && context.isSpeechVerb(verb, false) && !verb.lower().endsWith("ing")
                ? subjectOf(context, before, start) : Optional.empty();
    }
}
