package org.newsgraph.extract.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.entity.EntityKind;
import org.newsgraph.event.EventType;
import org.newsgraph.event.ParticipantRole;
import org.newsgraph.extract.Lexicons;
import org.newsgraph.extract.Lexicons.Trigger;
import org.newsgraph.extract.events.DateFinder.DateMention;
import org.newsgraph.extract.names.DocumentEntities;
import org.newsgraph.extract.names.DocumentEntity;
import org.newsgraph.extract.names.Referents;
import org.newsgraph.extract.names.Referents.Phrase;
import org.newsgraph.extract.quotes.QuoteSpan;
import org.newsgraph.extract.text.Clauses;
import org.newsgraph.extract.text.Document;
import org.newsgraph.extract.text.Sentence;
import org.newsgraph.extract.text.Token;
import org.newsgraph.extract.text.TokenKind;

/**
 * Finds events: a word of the trigger lexicon (invited, visit, summit, denied…) and its arguments, read
 * by patterns of English news: the subject and object of an active verb ("Putin invited Kim"), the
 * subject and "by" agents of a passive one ("Kim was invited", "denied by both Trump and Putin"), the
 * owner and complements of a noun ("Putin's invitation to Kim", "our invitation to visit Russia" in
 * Putin's own words, "a summit between X and Y", "the Trump/Kim summit"), the place after "to", "in" or
 * "visit", and the date of the sentence. An article that names one event several times ("invited …",
 * "the invitation") gives it once. A trigger that finds nobody, nowhere and no time is no event.
 */
public final class EventFinder {

    private static final Set<String> BE = Set.of("was", "were", "been", "be", "is", "are", "being");
    private static final Set<String> AUXILIARIES = Set.of("has", "had", "have", "was", "were", "is", "are", "will",
            "would", "could", "can", "may", "might", "also", "reportedly", "recently", "already", "formally", "officially",
            "not", "never", "just", "now", "then", "later", "eventually", "finally", "again", "to", "did", "does", "do",
            "both", "jointly", "separately", "personally", "repeatedly");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "—", "–", "(", ")");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("to", "in", "at", "visit", "visiting", "into", "near");
    private static final int OBJECT_REACH = 10;
    /** Words that open a clause of its own, whose places are not the event's. */
    private static final Set<String> SUBORDINATORS = Set.of("when", "while", "after", "before", "as", "where", "which",
            "who", "because", "since", "although", "though", "until", "whereas");
    /** Words after which a verb-or-noun trigger is a verb. */
    private static final Set<String> VERB_MARKERS = Set.of("to", "will", "would", "could", "can", "may", "might", "must",
            "should", "shall", "did", "does", "do", "not", "also", "never");
    /** Verbs that only say that the event their object names took place. */
    private static final Set<String> LIGHT_VERBS = Set.of("signed", "signs", "sign", "reached", "reach", "struck", "held",
            "holds", "hold", "made", "paid", "concluded", "launched", "opened", "opens", "began", "started", "hosted",
            "hosts", "attended", "attends", "announced", "led", "conducted", "staged", "organised", "organized");

    private final Lexicons lexicons;
    private final DateFinder dates;

    public EventFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.dates = new DateFinder(lexicons);
    }

    /**
     * The events of an article.
     *
     * @param speakers for each quote, its speaker's entity index or -1: "our invitation" in a quote is the
     *     speaker's
     */
    public List<FoundEvent> find(Document document, DocumentEntities entities, List<QuoteSpan> quotes, List<Integer> speakers) {
        Referents referents = new Referents(document, entities, quotes, lexicons);
        List<FoundEvent> found = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            List<DateMention> sentenceDates = dates.find(document, sentence, referents::insideQuote);
            for (int i = sentence.first(); i <= sentence.last(); i++) {
                Optional<Trigger> trigger = triggerAt(document, i);
                if (trigger.isPresent()) {
                    Reading reading = new Reading(document, entities, quotes, speakers, referents, sentence, i, trigger.get());
                    reading.read();
                    found.add(reading.event(nearestDate(sentenceDates, i, trigger.get().type())));
                }
            }
        }
        return EventMerger.merge(found, (inner, outer) -> entities.get(outer).kind() == EntityKind.COUNTRY
                && lexicons.countryOf(entities.get(inner).name()).filter(entities.get(outer).name()::equals).isPresent());
    }

    /** A trigger word, or a two-word one ("call off", "hold talks"); not a word inside a name ("Summit Street"). */
    private Optional<Trigger> triggerAt(Document document, int i) {
        Token token = document.token(i);
        if (!token.isWord() || token.isCapitalized() && i > document.sentenceOf(i).first()) {
            return Optional.empty();
        }
        if (i + 1 < document.size()) {
            Optional<Trigger> twoWords = lexicons.trigger(token.lower() + " " + document.token(i + 1).lower());
            if (twoWords.isPresent()) {
                return twoWords;
            }
        }
        return lexicons.trigger(token.lower());
    }

    /** The date nearest the trigger in its sentence; a year standing before a noun ("the 2016 elections") dates only that noun. */
    private static DateMention nearestDate(List<DateMention> dates, int trigger, EventType type) {
        DateMention nearest = null;
        for (DateMention date : dates) {
            boolean attributive = date.text().matches("\\d{4}") && date.last() + 1 != trigger && type != EventType.ELECTION
                    && date.last() + 1 < trigger + OBJECT_REACH && date.first() > trigger;
            if (attributive) {
                continue;
            }
            if (nearest == null || Math.abs(date.first() - trigger) < Math.abs(nearest.first() - trigger)) {
                nearest = date;
            }
        }
        return nearest;
    }

    /** The reading of one trigger in its sentence. */
    private final class Reading {
        private final Document document;
        private final DocumentEntities entities;
        private final List<QuoteSpan> quotes;
        private final List<Integer> speakers;
        private final Referents referents;
        private final Sentence sentence;
        private final int trigger;
        private final Trigger word;
        private final List<FoundEvent.Role> roles = new ArrayList<>();
        private int place = -1;
        private boolean passive;

        Reading(Document document, DocumentEntities entities, List<QuoteSpan> quotes, List<Integer> speakers,
                Referents referents, Sentence sentence, int trigger, Trigger word) {
            this.document = document;
            this.entities = entities;
            this.quotes = quotes;
            this.speakers = speakers;
            this.referents = referents;
            this.sentence = sentence;
            this.trigger = trigger;
            this.word = word;
        }

        void read() {
            if (word.verb() && (!word.noun() || readsAsVerb())) {
                readVerb();
            } else {
                readNoun();
            }
            if (place < 0) {
                place = placeAfter();
            }
        }

        /**
         * A word that is a verb and a noun ("visit") is a verb after "to", an auxiliary or its subject:
         * "to visit Moscow", "will visit", "Seo visits"; otherwise a noun: "a three-day state visit".
         */
        private boolean readsAsVerb() {
            if (trigger == sentence.first()) {
                return false;
            }
            Token before = document.token(trigger - 1);
            return VERB_MARKERS.contains(before.lower()) || entityEndingAt(trigger - 1).isPresent()
                    && !document.token(trigger).lower().endsWith("s") || Set.of("he", "she", "they", "we", "i").contains(before.lower());
        }

        /** A country named just before the noun, past a year: "U.S. elections", "2016 Russian elections". */
        private Optional<Integer> countryBefore() {
            for (int i = trigger - 1; i >= sentence.first() && i >= trigger - 3; i--) {
                Optional<Integer> entity = entityEndingAt(i).filter(this::isPlace);
                if (entity.isPresent()) {
                    return entity;
                }
                Optional<String> demonym = lexicons.demonym(List.of(document.token(i).lower()));
                if (demonym.isPresent()) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }

        private void readVerb() {
            passive = document.token(trigger).lower().endsWith("ed") && trigger > sentence.first()
                    && BE.contains(previousWord(trigger).lower());
            if (word.type() == EventType.VISIT && readInvitedVisit()) {
                return;
            }
            List<Integer> subjects = subjects(trigger);
            List<Integer> agents = passive ? byAgents() : List.of();
            int object = passive ? -1 : objectAfter(trigger);
            ParticipantRole[] roles = rolesOf(word.type());
            if (passive) {
                subjects.forEach(s -> add(s, roles[1]));
                agents.forEach(a -> add(a, roles[0]));
            } else {
                subjects.forEach(s -> add(s, roles[0]));
                if (object >= 0 && word.type() == EventType.VISIT && isPlace(object)) {
                    place = object; // "visited Warsaw"
                } else if (object >= 0) {
                    add(object, roles[1]);
                }
            }
        }

        private void readNoun() {
            ParticipantRole[] roles = rolesOf(word.type());
            if (word.type() == EventType.ELECTION) {
                countryBefore().ifPresent(c -> place = c); // "the 2016 U.S. elections"
                return;
            }
            owner().ifPresent(o -> add(o, roles[0]));
            lightVerb().ifPresent(verb -> subjects(verb).forEach(s -> add(s, roles[0])));
            namesBefore().forEach(n -> add(n, roles[0] == ParticipantRole.PARTICIPANT ? roles[0] : roles[1]));
            int next = trigger + 1;
            if (next <= sentence.last()) {
                String preposition = document.token(next).lower();
                switch (preposition) {
                    case "from", "by" -> entityAt(next + 1).ifPresent(e -> add(e, roles[0]));
                    case "between", "with", "among" -> entitiesFrom(next + 1).forEach(e -> add(e, ParticipantRole.PARTICIPANT));
                    case "to", "for" -> entityAt(next + 1).filter(e -> !isPlace(e)).ifPresent(e -> add(e, roles[1]));
                    case "of", "against", "into" -> entityAt(next + 1).filter(e -> !isPlace(e)).ifPresent(e -> add(e, roles[1]));
                    default -> {
                    }
                }
            }
        }

        /**
         * The verb a noun is the object of when the verb only says it took place: "signed an agreement",
         * "opened an investigation", "held talks". Its subject is the event's.
         */
        private Optional<Integer> lightVerb() {
            int before = trigger - 1;
            while (before > sentence.first() && trigger - before <= 3 && document.token(before).isWord()
                    && !LIGHT_VERBS.contains(document.token(before).lower()) && !document.token(before).isCapitalized()) {
                before--; // "an agreement", "a formal investigation"
            }
            return before >= sentence.first() && LIGHT_VERBS.contains(document.token(before).lower()) ? Optional.of(before)
                    : Optional.empty();
        }

        /** The roles an event type gives its subject and its object. */
        private ParticipantRole[] rolesOf(EventType type) {
            return switch (type) {
                case INVITATION -> new ParticipantRole[] { ParticipantRole.INVITER, ParticipantRole.INVITEE };
                case VISIT -> new ParticipantRole[] { ParticipantRole.VISITOR, ParticipantRole.HOST };
                case MEETING, SUMMIT, AGREEMENT, CONFLICT, ELECTION, OTHER ->
                    new ParticipantRole[] { ParticipantRole.PARTICIPANT, ParticipantRole.PARTICIPANT };
                default -> new ParticipantRole[] { ParticipantRole.SUBJECT, ParticipantRole.TARGET };
            };
        }

        /**
         * "invited Diallo to visit Norvale", "He was invited to visit by Diallo": the visitor is the one
         * invited, not the one who invites. False when no invitation governs the visit.
         */
        private boolean readInvitedVisit() {
            if (trigger - 1 <= sentence.first() || !document.token(trigger - 1).is("to")) {
                return false;
            }
            for (int v = trigger - 2; v >= sentence.first() && v >= trigger - 8; v--) {
                Optional<Trigger> invitation = triggerAt(document, v).filter(t -> t.type() == EventType.INVITATION && t.verb());
                if (invitation.isPresent()) {
                    boolean invitedPassively = v > sentence.first() && BE.contains(previousWord(v).lower());
                    List<Integer> visitors = invitedPassively ? subjects(v) : objectAfter(v) >= 0 ? List.of(objectAfter(v)) : List.of();
                    visitors.forEach(visitor -> add(visitor, ParticipantRole.VISITOR));
                    int host = objectAfter(trigger);
                    if (host >= 0 && isPlace(host)) {
                        place = host; // "to visit Moscow"
                    } else if (host >= 0) {
                        add(host, ParticipantRole.HOST);
                    }
                    return true;
                }
            }
            return false;
        }

        /** The subject of a verb, and the one coordinated with it: "Trump and Putin denied". */
        private List<Integer> subjects(int verb) {
            List<Integer> subjects = new ArrayList<>();
            int k = verb - 1;
            while (k >= sentence.first() && AUXILIARIES.contains(document.token(k).lower())) {
                k--;
            }
            if (k < sentence.first() || isBreak(document.token(k))) {
                return subjects;
            }
            if (document.token(k).is("and") || document.token(k).is("but")) {
                return subjectOfClauseBefore(k); // "Kim was invited …, but eventually canceled the trip"
            }
            if (document.token(k).is("two") && k > sentence.first() && document.token(k - 1).is("the")) {
                return lastTwoPeople(k - 1); // "the two met"
            }
            Optional<Phrase> subject = phraseEndingAt(k);
            if (subject.isEmpty()) {
                return subjects;
            }
            subject.map(Phrase::entity).filter(e -> e >= 0).ifPresent(subjects::add);
            int before = subject.get().first() - 1;
            while (before > sentence.first() && (document.token(before).isCapitalized()
                    || lexicons.title(List.of(document.token(before).lower())).isPresent())) {
                before--; // "… and Prime Minister Seo Jae-won": past the title
            }
            if (before > sentence.first() && document.token(before).is("and")) {
                phraseEndingAt(before - 1).map(Phrase::entity).filter(e -> e >= 0).ifPresent(e -> subjects.add(0, e));
            }
            return subjects;
        }

        /** The subject of the clause a coordinated verb continues: the nearest name its own verb follows. */
        private List<Integer> subjectOfClauseBefore(int coordinator) {
            for (int p = coordinator - 1; p >= sentence.first(); p--) {
                Optional<Integer> entity = entityEndingAt(p);
                if (entity.isPresent() && Clauses.verbAfterSubject(document, p + 1, coordinator) >= 0) {
                    return new ArrayList<>(List.of(entity.get()));
                }
            }
            return new ArrayList<>();
        }

        /** "the two": the last two people named before, outside quotes. */
        private List<Integer> lastTwoPeople(int before) {
            List<Integer> people = new ArrayList<>();
            for (int p = before - 1; p >= 0 && people.size() < 2; p--) {
                Optional<DocumentEntity> entity = entities.at(p).filter(e -> e.kind() == EntityKind.PERSON);
                if (entity.isPresent() && !inQuote(p) && !people.contains(entity.get().index())) {
                    people.add(0, entity.get().index());
                }
            }
            return people.size() == 2 ? people : new ArrayList<>();
        }

        /** "by X", "by both X and Y". */
        private List<Integer> byAgents() {
            for (int i = trigger + 1; i <= sentence.last() && i <= trigger + 3; i++) {
                if (document.token(i).is("by")) {
                    int from = i + 1 <= sentence.last() && document.token(i + 1).is("both") ? i + 2 : i + 1;
                    return entitiesFrom(from);
                }
            }
            return List.of();
        }

        /** The first entity named after the verb, before its clause ends: "invited [Kim Jong-un], leader of…". */
        private int objectAfter(int from) {
            for (int i = from + 1; i <= sentence.last() && i <= from + OBJECT_REACH; i++) {
                Token token = document.token(i);
                if (isBreak(token) || token.isQuoteMark() && !inQuote(trigger)) {
                    return -1;
                }
                Optional<Integer> entity = entityAt(i);
                if (entity.isPresent()) {
                    return entity.get();
                }
                if (PLACE_PREPOSITIONS.contains(token.lower()) && !token.is("visit") || token.is("by")) {
                    return -1;
                }
            }
            return -1;
        }

        /** The place after "to", "in", "at" or "visit": "to Russia", "to visit Moscow", "in Singapore". */
        private int placeAfter() {
            for (int i = trigger + 1; i < sentence.last() && i <= trigger + OBJECT_REACH + 4; i++) {
                if (isBreak(document.token(i)) || SUBORDINATORS.contains(document.token(i).lower())) {
                    break; // "invited to visit by Diallo when the two met … in Nairobi": Nairobi is the meeting's
                }
                if (PLACE_PREPOSITIONS.contains(document.token(i).lower())) {
                    int at = i + 1 <= sentence.last() && document.token(i + 1).is("the") ? i + 2 : i + 1;
                    Optional<Integer> entity = entityAt(at).filter(this::isPlace);
                    if (entity.isPresent()) {
                        return entity.get();
                    }
                }
            }
            return -1;
        }

        /** "Putin's invitation", "his visit", "our invitation" in a quote: who owns the noun. */
        private Optional<Integer> owner() {
            int before = trigger - 1;
            while (before >= sentence.first() && (document.token(before).isWord() && !document.token(before).isCapitalized()
                    && !Set.of("his", "her", "its", "their", "our", "my").contains(document.token(before).lower())
                    && lexicons.trigger(document.token(before).lower()).isEmpty() && trigger - before <= 3
                    && !document.token(before).is("the") && !document.token(before).is("a"))) {
                before--; // adjectives: "our official invitation"
            }
            if (before < sentence.first()) {
                return Optional.empty();
            }
            Token token = document.token(before);
            if (token.kind() == TokenKind.POSSESSIVE) {
                return phraseEndingAt(before - 1).map(Phrase::entity).filter(e -> e >= 0);
            }
            String word = token.lower();
            if (word.equals("our") || word.equals("my")) {
                return speakerOfQuoteAround(trigger);
            }
            if (word.equals("his") || word.equals("her")) {
                return Optional.of(referents.pronoun(before, speakers)).filter(e -> e >= 0);
            }
            return Optional.empty();
        }

        /** "the Trump/Kim summit", "the Putin-Kim meeting": names joined by a slash or a dash before the noun. */
        private List<Integer> namesBefore() {
            List<Integer> names = new ArrayList<>();
            int i = trigger - 1;
            while (i >= sentence.first()) {
                Optional<Integer> entity = entityEndingAt(i);
                if (entity.isEmpty()) {
                    break;
                }
                names.add(0, entity.get());
                int before = entities.mentionAt(i).orElseThrow().first() - 1;
                if (before < sentence.first() || !Set.of("/", "-", "–").contains(document.token(before).text())) {
                    break;
                }
                i = before - 1;
            }
            return names.size() >= 2 ? names : List.of();
        }

        /** Every entity named from a token on, through "and" and commas: "X and Y", "X, Y and Z". */
        private List<Integer> entitiesFrom(int from) {
            List<Integer> found = new ArrayList<>();
            int i = from;
            while (i <= sentence.last()) {
                if (document.token(i).is("the") || document.token(i).is("both")) {
                    i++;
                    continue;
                }
                Optional<Integer> entity = entityAt(i);
                if (entity.isEmpty()) {
                    break;
                }
                found.add(entity.get());
                i = entities.mentionAt(i).orElseThrow().last() + 1;
                if (i <= sentence.last() && (document.token(i).is("and") || document.token(i).text().equals(","))) {
                    i++;
                } else {
                    break;
                }
            }
            return found;
        }

        private Optional<Integer> speakerOfQuoteAround(int token) {
            for (int q = 0; q < quotes.size(); q++) {
                if (quotes.get(q).open() < token && token < quotes.get(q).close() && speakers.get(q) >= 0) {
                    return Optional.of(speakers.get(q));
                }
            }
            return Optional.empty();
        }

        private Optional<Phrase> phraseEndingAt(int i) {
            return inQuote(trigger) ? entityEndingAt(i).map(e -> new Phrase(e, entities.mentionAt(i).orElseThrow().first(), i))
                    : referents.endingAt(i, speakers);
        }

        /** The entity named at a token (inside quotes too when the trigger is), skipping a title: "President Trump". */
        private Optional<Integer> entityAt(int i) {
            if (i > sentence.last()) {
                return Optional.empty();
            }
            return entities.mentionAt(i).filter(m -> m.first() == i && (!m.inQuote() || inQuote(trigger)))
                    .flatMap(m -> entities.at(i)).map(DocumentEntity::index);
        }

        private Optional<Integer> entityEndingAt(int i) {
            return entities.mentionAt(i).filter(m -> m.last() == i && (!m.inQuote() || inQuote(trigger)))
                    .flatMap(m -> entities.at(i)).map(DocumentEntity::index);
        }

        private boolean isPlace(int entity) {
            EntityKind kind = entities.get(entity).kind();
            return kind == EntityKind.PLACE || kind == EntityKind.COUNTRY;
        }

        private boolean inQuote(int token) {
            return referents.insideQuote(token);
        }

        private Token previousWord(int i) {
            int k = i - 1;
            while (k > sentence.first() && Set.of("also", "later", "then", "not", "never", "formally").contains(document.token(k).lower())) {
                k--;
            }
            return document.token(k);
        }

        private boolean isBreak(Token token) {
            return CLAUSE_BREAKS.contains(token.text());
        }

        private void add(int entity, ParticipantRole role) {
            FoundEvent.Role candidate = new FoundEvent.Role(entity, role);
            if (entity >= 0 && !roles.contains(candidate) && entity != place) {
                roles.add(candidate);
            }
        }

        FoundEvent event(DateMention date) {
            List<FoundEvent.Role> participants = new ArrayList<>(new LinkedHashSet<>(roles));
            participants.removeIf(r -> r.entity() == place && r.role() != ParticipantRole.HOST);
            return new FoundEvent(word.type(), List.of(trigger), List.of(sentence.index()), participants, place, date,
                    document.text(document.token(sentence.first()), document.token(sentence.last())));
        }
    }
}
