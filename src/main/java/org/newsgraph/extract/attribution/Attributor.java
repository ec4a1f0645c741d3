package org.newsgraph.extract.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.newsgraph.extract.Lexicons;
import org.newsgraph.extract.names.DocumentEntities;
import org.newsgraph.extract.names.Referents;
import org.newsgraph.extract.quotes.QuoteSpan;
import org.newsgraph.extract.text.Document;

/**
 * Tells who said each quote by asking the sieves in order, most certain first; the first that decides
 * wins, even when what it decides is "someone we cannot name" ("they said"). Quotes are taken in reading
 * order, so that "he said" and a continuing quote can lean on the speakers already found.
 */
public final class Attributor {

    private static final List<Sieve> SIEVES = List.of(new NameGiven(), new WrittenWords(), new SpeechVerbAfterQuote(), new SpeechVerbBeforeQuote(),
            new SpeechNounBeforeQuote(), new AccordingTo(), new ReportedSpeech(), new SentenceEndAttribution(), new ClauseSubject(), new IntroducedAfterQuote(), new Continuation(),
            new PreviousSentenceSubject());

    /** The name of the attribution given to words said again later by someone named. */
    static final String SAID_AGAIN = "said-again";

    private final Lexicons lexicons;

    public Attributor(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** One attribution per quote, in the quotes' order; {@link Attribution#NONE} where no sieve decided. */
    public List<Attribution> attribute(Document document, List<QuoteSpan> quotes, DocumentEntities entities) {
        Referents referents = new Referents(document, entities, quotes, lexicons);
        List<Attribution> attributions = new ArrayList<>();
        List<Integer> speakers = new ArrayList<>();
        // views that grow with the lists: no copy per quote
        List<Attribution> earlier = Collections.unmodifiableList(attributions);
        List<Integer> earlierSpeakers = Collections.unmodifiableList(speakers);
        for (int i = 0; i < quotes.size(); i++) {
            QuoteContext context = new QuoteContext(document, quotes, i, earlier, earlierSpeakers, entities, referents, lexicons);
            Attribution attribution = decide(context);
            attributions.add(attribution);
            speakers.add(attribution.speaker());
        }
        return withWordsSaidAgain(document, quotes, attributions);
    }

    /**
     * "UN envoy warns of “catastrophe”" in a headline, and later "Ingrid Solheim-Adeyemi, the envoy, said it would be a
     * “catastrophe”": words no sieve could give anyone, or a headline gave to someone it did not name, are the words
     * of whoever says them again later in the story. Not words an unnamed source was given in the story itself.
     */
    private static List<Attribution> withWordsSaidAgain(Document document, List<QuoteSpan> quotes, List<Attribution> attributions) {
        List<Attribution> completed = new ArrayList<>(attributions);
        List<String> wordsOfQuotes = quotes.stream().map(Attributor::wordsOf).toList(); // once per quote, not per pair
        for (int i = 0; i < quotes.size(); i++) {
            Attribution said = completed.get(i);
            boolean headline = document.token(quotes.get(i).open()).paragraph() == 0;
            if (said.attributed() || !said.sieve().equals(Attribution.NONE.sieve()) && !headline) {
                continue;
            }
            String words = wordsOfQuotes.get(i);
            for (int later = i + 1; later < quotes.size() && !words.isEmpty(); later++) {
                if (attributions.get(later).attributed() && wordsOfQuotes.get(later).contains(words)) {
                    completed.set(i, new Attribution(attributions.get(later).speaker(), -1, SAID_AGAIN, 0.7));
                    break;
                }
            }
        }
        return List.copyOf(completed);
    }

    /** A quote's words in lowercase, without punctuation: what two quotes of the same words share. */
    private static String wordsOf(QuoteSpan quote) {
        return quote.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static Attribution decide(QuoteContext context) {
        for (Sieve sieve : SIEVES) {
            Optional<Attribution> attribution = sieve.attribute(context);
            if (attribution.isPresent()) {
                return attribution.get();
            }
        }
        return Attribution.NONE;
    }
}
