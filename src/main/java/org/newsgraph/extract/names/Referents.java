package org.newsgraph.extract.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsgraph.entity.EntityKind;
import org.newsgraph.entity.NameKey;
import org.newsgraph.extract.Lexicons;
import org.newsgraph.extract.Lexicons.Gender;
import org.newsgraph.extract.quotes.QuoteSpan;
import org.newsgraph.extract.text.Clauses;
import org.newsgraph.extract.text.Document;
import org.newsgraph.extract.text.Sentence;
import org.newsgraph.extract.text.Token;
import org.newsgraph.extract.text.TokenKind;

/**
 * Reads the noun phrase that names a speaker (or any actor), and tells which entity it means: a name; a pronoun, by
 * the person last named or quoted before it; a title noun ("the minister") by the entity given that
 * title; a spokesperson by the organization they speak for ("a spokeswoman for the council", "a Kremlin
 * spokesman"); "the company" by the organization last named. Names inside quotes never count: a quote
 * is not said by the people it talks about.
 */
public final class Referents {

    /**
     * A phrase that names someone: the entity it means (-1 for one we cannot name, such as "they") and
     * where it is. The speakers passed along are those of the quotes so far (entity indices, -1 for none),
     * which "he" and "she" may mean.
     */
    public record Phrase(int entity, int first, int last) {

        /** Whether the phrase names an entity of this article, rather than someone it does not name. */
        public boolean named() {
            return entity >= 0;
        }
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "this", "that");
    private static final Set<String> MALE = Set.of("he", "him", "his");
    private static final Set<String> FEMALE = Set.of("she", "her");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it");
    private static final Set<String> INDEFINITE_ARTICLES = Set.of("a", "an");
    /** What opens a sentence about someone not named before: "A neighbour", "Another resident", "One parent". */
    static final Set<String> SOMEONE = Set.of("a", "an", "another", "one");
    private static final Set<String> STATEMENT_VERBS = Set.of("gave", "issued", "released", "published", "put");
    /** Participles of putting words out: "a paper published by", "a memo written by", "a letter sent by". */
    private static final Set<String> AUTHORING = Set.of("written", "sent", "issued", "published", "released", "signed",
            "drafted", "prepared", "filed", "posted", "submitted", "commissioned", "compiled", "produced", "authored");
    /** What an author's words come in: "the inspectorate's report said", "the regulator's letter says". */
    private static final Set<String> DOCUMENTS = Set.of("report", "paper", "memo", "letter", "study", "ruling",
            "judgment", "judgement", "filing", "note", "email", "review", "audit", "submission", "guidance", "notice",
            "document", "assessment", "analysis", "findings", "minutes", "post", "blog", "complaint", "lawsuit",
            "communiqué", "communique", "declaration", "bulletin");
    static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "its", "their");
    /** What joins a role to whom it is a role of: "a spokeswoman for", "the Chairman of", "a nurse at". */
    static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("for", "of", "at", "from"); // "a statement from the company"
    /**
     * Nouns that, after "the", refer back to a person as a pronoun would, with the gender they tell:
     * "the mum-of-two", "the 22-year-old", "the actress", "the striker".
     */
    private static final Set<String> FEMALE_EPITHETS = Set.of("woman", "mother", "mum", "mom", "girl", "wife",
            "daughter", "sister", "grandmother", "gran", "widow", "actress", "businesswoman", "schoolgirl");
    private static final Set<String> MALE_EPITHETS = Set.of("man", "father", "dad", "boy", "husband", "son", "brother",
            "grandfather", "widower", "businessman", "schoolboy");
    private static final Pattern AGE_EPITHET = Pattern.compile("\\d+-year-old");
    /** "the novelist", "the historian": nouns of people by what they do. */
    private static final Pattern AGENT_NOUN = Pattern.compile("[a-z]{3,}(ist|ian)");
    private static final Set<String> EPITHETS = Set.of("teenager", "pensioner", "youngster", "actor", "singer", "star",
            "striker", "goalkeeper", "midfielder", "defender", "winger", "player", "veteran", "victim", "survivor",
            "resident", "student", "pupil", "driver", "owner", "artist", "author", "writer", "rapper", "musician",
            "comedian", "presenter", "entrepreneur", "billionaire", "defendant", "accused", "neighbour", "neighbor",
            "witness", "passenger", "bystander", "shopper", "customer", "parent", "relative", "friend", "colleague",
            "spectator", "onlooker", "passer-by", "worker", "nurse", "teacher", "fan", "fly-half", "scrum-half",
            "full-back", "hooker", "flanker", "keeper", "quarterback", "pitcher", "batsman", "batter", "bowler",
            "wicketkeeper", "skipper", "forward", "centre-back", "playmaker", "debutant", "rookie");
    private static final Set<String> UNNAMEABLE = Set.of("they", "them", "we", "us", "i", "you", "officials", "police", "residents",
            "critics", "analysts", "experts", "sources", "witnesses", "others", "some", "many", "people", "authorities",
            "family", "relatives", "friends", "colleagues", "neighbours", "neighbors", "parents", "supporters");
    private static final Set<String> GENERATION_WORDS = Set.of("elder", "younger");
    /** Plural nouns for the people of an organization: "analysts at", "officials from", "researchers with". */
    private static final Set<String> MEMBERS = Set.of("analysts", "officials", "economists", "researchers", "scientists",
            "executives", "strategists", "lawyers", "staff");
    private static final Set<String> GROUP_PREPOSITIONS = Set.of("at", "from", "with", "of");
    /**
     * Nouns that say who someone is to someone else: "his lawyer", "the victim’s brother", "its director".
     * The article says once who that is ("His lawyer, Tom Ashdown, said"), and means that person after.
     */
    static final Set<String> RELATIONS = Set.of("lawyer", "attorney", "solicitor", "barrister", "agent",
            "director", "coach", "boss", "manager", "captain", "founder", "co-founder", "owner", "head", "chief",
            "partner", "friend", "colleague", "teammate", "classmate", "neighbour", "neighbor", "landlord", "landlady",
            "employer", "doctor", "surgeon", "widow", "widower", "fiancé", "fiancée", "fiance", "fiancee", "girlfriend",
            "boyfriend", "uncle", "aunt", "cousin", "niece", "nephew", "grandson", "granddaughter", "stepfather",
            "stepmother", "stepson", "stepdaughter", "mother", "father", "mum", "mom", "dad", "son", "daughter", "wife",
            "husband", "brother", "sister", "grandmother", "grandfather", "parent");
    private static final Set<String> SPOKES_ROLES = Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople",
            "representative", "statement", "source", "official");
    /** Nouns that stand for an organization already named: "the company said". */
    private static final Set<String> ORGANIZATION_NOUNS = Set.of("company", "firm", "group", "ministry", "council",
            "government", "club", "agency", "organisation", "organization", "department", "school", "university",
            "hospital", "team", "party", "union", "court", "embassy", "bank", "authority", "board", "committee",
            "commission", "office", "charity", "force", "service", "foundation", "campaign", "airline", "retailer",
            "carrier", "brand", "maker", "manufacturer", "operator", "institute", "network", "channel", "newspaper",
            "trust", "league", "federation", "association", "regulator", "watchdog", "museum", "airport", "publisher",
            "broadcaster", "developer", "insurer", "lender", "supplier", "contractor", "carmaker", "automaker",
            "chipmaker", "conglomerate", "supermarket", "brewer", "utility");
    /** Prepositions that make a name the complement of a noun: "the owners of the campsite", "a mum from Poynton". */
    private static final Set<String> PREPOSITIONS = Set.of("of", "from", "in", "at", "for", "with", "near", "by");
    /** Nouns that stand for whatever organization the story is about, whatever its name. */
    private static final Set<String> GENERIC_ORGANIZATION_NOUNS = Set.of("company", "firm", "group", "organisation",
            "organization", "brand", "maker", "retailer", "carrier", "operator", "manufacturer", "airline", "business",
            "regulator", "watchdog", "publisher", "broadcaster", "developer", "insurer", "lender", "supplier", "contractor",
            "carmaker", "automaker", "chipmaker", "conglomerate", "supermarket", "brewer", "utility");
    /** What a police force calls itself. */
    private static final List<String> POLICE_WORDS = List.of("police", "constabulary", "gendarmerie", "carabinieri", "garda");
    /** What officers form beside their force, whose words are not the force's. */
    private static final Set<String> POLICE_BODIES = Set.of("federation", "association", "union", "commissioner",
            "authority", "board", "committee", "college", "foundation", "museum");
    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "state", "kingdom", "republic");
    /**
     * Words before "a nurse" that make it what someone named is, or anyone: "has been a nurse", "when a nurse"; not
     * "was" ("Among those waiting was a nurse, who asked not to be named").
     */
    private static final Set<String> NOT_INTRODUCING = Set.of("been", "be", "became", "becomes", "as", "when",
            "whenever", "if", "like");
    /** Verbs of putting out a document under one's own name: "the brigade posted an update" … "the post read". */
    private static final Set<String> PUBLISHING = Set.of("published", "issued", "released", "posted", "filed");
    /** What is published besides the documents that speak: "its outlook", "an update", "its forecast". */
    private static final Set<String> PUBLISHED_DOCUMENTS = Set.of("outlook", "update", "forecast", "results", "figures",
            "statement", "guidance", "response");
    /** How far after the verb its document may stand: "published its annual fiscal outlook". */
    private static final int PUBLISHED_OBJECT_REACH = 4;
    /** How many paragraphs back a document's publisher may be named: "X published its outlook" … "the report said". */
    private static final int PUBLISHER_PARAGRAPHS = 2;
    /** How long an appositive may be, in tokens: ", whose documentary “The Last Reel” followed the projectionists,". */
    private static final int APPOSITIVE_REACH = 16;
    /** How long a relative clause with commas of its own may run before the verb it leaves to its head. */
    private static final int LONG_RELATIVE_CLAUSE = 40;
    private static final int RELATIVE_CLAUSE_REACH = 30;

    private final Document document;
    private final DocumentEntities entities;
    private final Lexicons lexicons;
    /** Per token: whether it stands inside a quote, and whether it opens or closes one. */
    private final boolean[] quoted;
    private final boolean[] quoteMarks;
    private final PronounFocus focus;

    public Referents(Document document, DocumentEntities entities, List<QuoteSpan> quotes, Lexicons lexicons) {
        this.document = document;
        this.entities = entities;
        this.lexicons = lexicons;
        this.quoted = new boolean[document.size()];
        this.quoteMarks = new boolean[document.size()];
        int[] quoteClosedAt = new int[document.size()]; // which quote a token closes, or -1: for the pronouns' focus
        Arrays.fill(quoteClosedAt, -1);
        for (int q = 0; q < quotes.size(); q++) {
            QuoteSpan quote = quotes.get(q);
            Arrays.fill(quoted, quote.open() + 1, quote.close(), true);
            quoteMarks[quote.open()] = true;
            quoteMarks[quote.close()] = true;
            quoteClosedAt[quote.close()] = q;
        }
        this.focus = new PronounFocus(document, entities, quoted, quoteMarks, quoteClosedAt);
    }

    /** The speaker phrase that starts at a token, as in “…,” said [the minister]. */
    public Optional<Phrase> startingAt(int i, List<Integer> speakers) {
        if (i >= document.size() || insideQuote(i)) {
            return Optional.empty();
        }
        if (isRelativeBySurname(i)) {
            return Optional.of(new Phrase(-1, i, entities.mentionAt(i + 2).orElseThrow().last()));
        }
        Optional<Phrase> titled = nameAfterTitle(i).or(() -> entities.mentionAt(i).filter(m -> m.first() == i)
                .map(m -> new Phrase(entities.at(i).orElseThrow().index(), i, m.last())));
        if (titled.isPresent() && !isPossessed(titled.get().last())) {
            return titled.flatMap(this::personTitledAfterName).or(() -> titled);
        }
        if (titled.isPresent()) {
            // "Rihanna’s mother", "Solvane’s chief executive, Katrin Baumgartner": the possessor is not the speaker
            int possessive = titled.get().last() + 1;
            return nominal(i, speakers).map(n -> appositiveName(n).orElse(n))
                    .or(() -> Optional.of(new Phrase(-1, i, Math.min(possessive + 1, document.size() - 1))));
        }
        Token token = document.token(i);
        if (isSubjectPronoun(token)) {
            return Optional.of(new Phrase(pronoun(token, i, speakers), i, i));
        }
        Optional<Phrase> group = groupOfOrganization(i);
        if (group.isPresent()) {
            return group;
        }
        if (token.is("police")) {
            return Optional.of(new Phrase(policeForce(i), i, i));
        }
        if (UNNAMEABLE.contains(token.lower())) {
            return Optional.of(new Phrase(-1, i, i));
        }
        if (lexicons.isFunctionWord(token.lower()) && !DETERMINERS.contains(token.lower())) {
            return Optional.empty(); // "for the party", "who is running": no phrase starts here
        }
        Optional<Phrase> nominal = nominal(i, speakers);
        // "the team’s coach, Meera Kulkarni": the name in apposition says who
        return nominal.map(n -> appositiveName(n).orElse(n));
    }

    /**
     * "Kingsmere head coach Darren Foxley": the person a title after a name belongs to; the name before is their
     * team or employer, whatever it was taken for.
     */
    private Optional<Phrase> personTitledAfterName(Phrase name) {
        if (!name.named()) {
            return Optional.empty();
        }
        int k = name.last() + 1;
        List<String> title = new ArrayList<>();
        while (k < document.size() && title.size() < 3 && document.token(k).isWord() && entities.at(k).isEmpty()) {
            title.add(document.token(k).lower());
            k++;
        }
        int named = k;
        if (title.isEmpty() || lexicons.title(title).isEmpty()) {
            return Optional.empty();
        }
        return entities.mentionAt(named).filter(m -> m.first() == named && !m.inQuote())
                .filter(m -> entities.at(named).orElseThrow().kind() == EntityKind.PERSON)
                .map(m -> new Phrase(entities.at(named).orElseThrow().index(), name.first(), m.last()));
    }

    /**
     * "analysts at Halvorsen & Pike", "officials from the Trade Ministry": people of a named organization,
     * who speak for it.
     */
    private Optional<Phrase> groupOfOrganization(int word) {
        if (!MEMBERS.contains(document.token(word).lower()) || word + 2 >= document.size()
                || !GROUP_PREPOSITIONS.contains(document.token(word + 1).lower())) {
            return Optional.empty();
        }
        int named = document.token(word + 2).is("the") ? word + 3 : word + 2;
        return entities.mentionAt(named).filter(m -> m.first() == named && !m.inQuote())
                .filter(m -> entities.at(named).orElseThrow().kind() == EntityKind.ORGANIZATION)
                .map(m -> new Phrase(entities.at(named).orElseThrow().index(), word, m.last()));
    }

    /** "the elder Gallagher", "the younger Kim": a relative of the one the surname named, not that person. */
    private boolean isRelativeBySurname(int i) {
        return i + 2 < document.size() && document.token(i).is("the") && GENERATION_WORDS.contains(document.token(i + 1).lower())
                && entities.mentionAt(i + 2).filter(m -> m.first() == i + 2 && m.first() == m.last()).isPresent();
    }

    /**
     * A person's name after its title: "Foreign Minister Leonor Matos", "senior prosecutor Friederike
     * Lang", "Solvane Chief Executive Katrin Baumgartner" (a name before the title is the employer's).
     */
    private Optional<Phrase> nameAfterTitle(int i) {
        for (int j = i; j < document.size() && j <= i + 6; j++) {
            int at = j;
            Optional<NameMention> mention = entities.mentionAt(j).filter(m -> m.first() == at && !m.inQuote());
            if (mention.isPresent()) {
                DocumentEntity entity = entities.at(j).orElseThrow();
                int after = mention.get().last() + 1;
                boolean modifiesARole = after < document.size() && !document.token(after).isCapitalized()
                        && isTitleWord(document.token(after))
                        && appositiveName(new Phrase(-1, i, after)).isPresent(); // "the UN envoy, Ingrid Solberg-Amadi,": she speaks
                if (entity.kind() == EntityKind.PERSON || onlyDeterminers(i, j) && !modifiesARole) { // … or "the National Workers’ Congress"
                    return Optional.of(new Phrase(entity.index(), i, mention.get().last()));
                }
                if (j > i) {
                    return Optional.empty();
                }
                j = mention.get().last();
                continue;
            }
            boolean employer = ORGANIZATION_NOUNS.contains(document.token(j).lower()) && j + 1 < document.size()
                    && isTitleWord(document.token(j + 1)); // "commission chairman Ilir Dasko"
            if (!isTitleWord(document.token(j)) && !joinsTitles(j) && !employer) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "co-founder and chief executive": one person's two titles. */
    private boolean joinsTitles(int j) {
        return j > 0 && j + 1 < document.size() && document.token(j).is("and") && isTitleWord(document.token(j - 1))
                && isTitleWord(document.token(j + 1));
    }

    private boolean onlyDeterminers(int from, int to) {
        return to > from && document.tokens().subList(from, to).stream().allMatch(t -> DETERMINERS.contains(t.lower()));
    }

    private boolean onlyTitleWords(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isTitleWord(document.token(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean isTitleWord(Token token) {
        if (token.kind() == TokenKind.POSSESSIVE) {
            return true;
        }
        String word = token.lower();
        return token.isWord() && (token.isCapitalized() || lexicons.title(List.of(word)).isPresent()
                || lexicons.demonym(List.of(word)).isPresent() || DETERMINERS.contains(word)
                || NameFinder.TITLE_MODIFIERS.contains(word) || token.text().contains("-"));
    }

    private Optional<Phrase> appositiveName(Phrase nominal) {
        int comma = nominal.last() + 1;
        if (comma + 1 < document.size() && document.token(comma).text().equals(",")) {
            int first = comma + 1;
            while (first + 1 < document.size() && NameFinder.isHonorific(document.token(first).lower())) {
                first++; // "the on-call consultant, Dr Idris bin Harun,"
            }
            int named = first;
            Optional<NameMention> name = entities.mentionAt(named).filter(m -> m.first() == named && !m.inQuote());
            if (name.isPresent() && entities.at(named).orElseThrow().kind() == EntityKind.PERSON) {
                return Optional.of(new Phrase(entities.at(named).orElseThrow().index(), nominal.first(), name.get().last()));
            }
        }
        return Optional.empty();
    }

    /** The speaker phrase that ends at a token, as in [Okafor, the mayor,] said. */
    public Optional<Phrase> endingAt(int i, List<Integer> speakers) {
        if (i < 0 || insideQuote(i)) {
            return Optional.empty();
        }
        Token token = document.token(i);
        if (token.text().equals(")")) {
            int opening = i - 1;
            while (opening > 0 && !document.token(opening).text().equals("(") && i - opening < 12) {
                opening--;
            }
            return document.token(opening).text().equals("(") ? endingAt(opening - 1, speakers) : Optional.empty();
        }
        if (token.text().equals("—") || token.text().equals("–")) {
            // "the Dorvansk Contact Group — the mediation format of the two delegations — said": the name before
            int opening = i - 1;
            while (opening > 0 && !document.token(opening).text().equals(token.text()) && i - opening <= APPOSITIVE_REACH
                    && !document.token(opening).endsSentence() && !document.token(opening).isQuoteMark()) {
                opening--;
            }
            return opening > 0 && document.token(opening).text().equals(token.text()) ? endingAt(opening - 1, speakers) : Optional.empty();
        }
        if (token.kind() == TokenKind.NUMBER && i > 1 && document.token(i - 1).text().equals(",")) {
            return endingAt(i - 2, speakers); // "Sanvano, 58, who leads …, called": the name before the age
        }
        if (token.text().equals(",")) {
            Optional<Phrase> beforeRelativeClause = personBeforeLongRelativeClause(i, speakers);
            if (beforeRelativeClause.isPresent()) {
                return beforeRelativeClause;
            }
            int opening = openingCommaOfAppositive(i);
            if (opening < 0) {
                return Optional.empty();
            }
            Optional<Phrase> author = authorInAppositive(opening, i);
            if (author.isPresent()) {
                return author; // "The memo, written by Budget Director Karen Whitfield and dated Feb. 3, says"
            }
            // "Its general secretary, Ibrahim Danjuma, said", "…, Cllr Alan Bradford, said": the name between the commas
            for (int k = i - 1; k > opening; k--) {
                Optional<DocumentEntity> named = entities.at(k).filter(e -> e.kind() == EntityKind.PERSON);
                if (named.isPresent() && onlyTitleWords(opening + 1, entities.mentionAt(k).orElseThrow().first())) {
                    return Optional.of(new Phrase(named.get().index(), opening + 1, k));
                }
            }
            Optional<Phrase> organization = organizationInAppositive(opening, i);
            if (organization.isPresent()) {
                return organization;
            }
            for (int c = opening - 2; c >= Math.max(0, opening - 4); c--) {
                if (document.token(c).is(",")) {
                    return endingAt(c - 1, speakers); // "Rep. Luis Ocampo, D-Eastfield, the ranking Democrat, called"
                }
                if (!document.token(c + 1).isWord() || entities.at(c + 1).isPresent()) {
                    break; // "NordCell’s founder, Mads Kjær, who …": a name is no short appositive to skip
                }
            }
            return endingAt(opening - 1, speakers);
        }
        Optional<NameMention> mention = entities.mentionAt(i).filter(m -> m.last() == i);
        int nameFirst = mention.map(NameMention::first).orElse(token.isCapitalized() ? capitalizedRunStart(i) : -1);
        boolean complementOfNoun = nameFirst > 0 && PREPOSITIONS.contains(document.token(nameFirst - 1).lower());
        if (mention.isPresent() && !complementOfNoun) {
            return personOfTheOrganization(nameFirst, i)
                    .or(() -> Optional.of(new Phrase(entities.at(i).orElseThrow().index(), mention.get().first(), i)));
        }
        if (complementOfNoun) {
            // "Amina Diallo of Sarentia said": the person before; "The mum-of-two from Poynton said": not Poynton
            int preposition = nameFirst - 1;
            if (mention.isPresent() && isAuthorAgent(preposition)) {
                // "A paper published last month by the Insurance Conduct Authority said": its author says it
                return Optional.of(new Phrase(entities.at(i).orElseThrow().index(), mention.get().first(), i));
            }
            Optional<DocumentEntity> person = preposition == 0 ? Optional.empty()
                    : entities.at(preposition - 1).filter(e -> e.kind() == EntityKind.PERSON);
            if (person.isPresent()) {
                return Optional.of(new Phrase(person.get().index(), entities.mentionAt(preposition - 1).orElseThrow().first(), i));
            }
            Optional<Phrase> group = preposition == 0 ? Optional.empty() : groupOfOrganization(preposition - 1);
            if (group.isPresent()) {
                return group; // "analysts at Corvel Bank described"
            }
            Optional<Phrase> head = preposition == 0 ? Optional.empty() : nominalEndingAt(preposition - 1, speakers);
            if (head.isPresent()) {
                return Optional.of(new Phrase(head.get().entity(), head.get().first(), i));
            }
        }
        if (isSubjectPronoun(token)) {
            return Optional.of(new Phrase(pronoun(token, i, speakers), i, i));
        }
        if (token.is("who") && focus.antecedentOfWho(i) >= 0) {
            return Optional.of(new Phrase(focus.antecedentOfWho(i), i, i)); // "Housing Minister Tolan Varga, who called it “…”"
        }
        if (token.is("police")) {
            return Optional.of(new Phrase(policeForce(i), i, i));
        }
        if (UNNAMEABLE.contains(token.lower())) {
            return Optional.of(new Phrase(-1, i, i));
        }
        Optional<Phrase> nominal = nominalEndingAt(i, speakers);
        return complementOfNoun && nominal.isEmpty() ? Optional.of(new Phrase(-1, nameFirst, i)) : nominal;
    }

    /** "Sanne Vollrath of the Civic Union", "Dr Ana Ruiz from the Marlow Institute": the person, not the place she is from. */
    private Optional<Phrase> personOfTheOrganization(int nameFirst, int last) {
        if (nameFirst < 3 || !document.token(nameFirst - 1).is("the")
                || !GROUP_PREPOSITIONS.contains(document.token(nameFirst - 2).lower())) {
            return Optional.empty();
        }
        int before = nameFirst - 3;
        return entities.at(before).filter(e -> e.kind() == EntityKind.PERSON)
                .map(person -> new Phrase(person.index(), entities.mentionAt(before).orElseThrow().first(), last));
    }

    /**
     * Whether a document noun is what speaks: "the report said", "the report, published on Tuesday, said";
     * not "saying the report had been ‘…’", where someone speaks of it.
     */
    private boolean speaksNext(int noun) {
        return noun + 1 < document.size() && (document.token(noun + 1).is(",") || isSpeechVerb(document.token(noun + 1)));
    }

    /** "by" after a participle of putting words out, with at most a time between: "published last month by". */
    private boolean isAuthorAgent(int by) {
        if (by < 1 || !document.token(by).is("by")) {
            return false;
        }
        for (int k = by - 1; k >= Math.max(0, by - 4); k--) {
            Token token = document.token(k);
            if (AUTHORING.contains(token.lower())) {
                return true;
            }
            if (!token.isWord() || token.isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Adeyemo-Bakare, who spoke after inspecting the project in Ilemoro, the Adaran State capital, on Saturday,
     * said": a relative clause may hold commas of its own; the person it hangs on is the subject.
     */
    private Optional<Phrase> personBeforeLongRelativeClause(int closingComma, List<Integer> speakers) {
        int sentenceStart = document.sentenceOf(closingComma).first();
        for (int p = closingComma - 1; p > sentenceStart + 1 && closingComma - p <= LONG_RELATIVE_CLAUSE; p--) {
            Token token = document.token(p);
            if (insideQuote(p) || token.isQuoteMark()) {
                return Optional.empty();
            }
            if ((token.is("who") || token.is("whose")) && document.token(p - 1).is(",")) {
                return personEndingBefore(p - 1, sentenceStart, speakers);
            }
        }
        return Optional.empty();
    }

    /** The person named before a comma, past short appositives: "Janet Pryce, 58, from Thorley, whose …". */
    private Optional<Phrase> personEndingBefore(int comma, int sentenceStart, List<Integer> speakers) {
        int end = comma - 1;
        for (int appositives = 0; appositives <= 2 && end >= sentenceStart; appositives++) {
            Optional<Phrase> head = endingAt(end, speakers)
                    .filter(phrase -> phrase.named() && entities.get(phrase.entity()).kind() == EntityKind.PERSON);
            if (head.isPresent()) {
                return head;
            }
            int previous = end - 1;
            while (previous > sentenceStart && end - previous <= 5 && !document.token(previous).is(",")) {
                previous--;
            }
            if (!document.token(previous).is(",")) {
                break;
            }
            end = previous - 1;
        }
        return Optional.empty();
    }

    /** "The mine's operator, Carrow Deep Minerals, said": the organization an organization noun is, named between commas. */
    private Optional<Phrase> organizationInAppositive(int opening, int closing) {
        if (opening < 1 || !ORGANIZATION_NOUNS.contains(document.token(opening - 1).lower())) {
            return Optional.empty();
        }
        return entities.mentionAt(opening + 1)
                .filter(mention -> mention.first() == opening + 1 && mention.last() == closing - 1)
                .flatMap(mention -> entities.at(opening + 1))
                .filter(entity -> entity.kind() == EntityKind.ORGANIZATION)
                .map(entity -> new Phrase(entity.index(), opening + 1, closing - 1));
    }

    /** ", written by Budget Director Karen Whitfield and dated Feb. 3,": the one named after "by", if anyone. */
    private Optional<Phrase> authorInAppositive(int opening, int closing) {
        if (opening + 3 >= closing || !AUTHORING.contains(document.token(opening + 1).lower())
                || !document.token(opening + 2).is("by")) {
            return Optional.empty();
        }
        // the person when a title before the name reads as a name too ("Budget Director Karen Whitfield")
        Optional<Phrase> first = Optional.empty();
        for (int k = opening + 3; k < closing; k++) {
            Optional<NameMention> named = entities.mentionAt(k);
            if (named.isPresent()) {
                DocumentEntity entity = entities.at(k).orElseThrow();
                Phrase phrase = new Phrase(entity.index(), named.get().first(), closing - 1);
                if (entity.kind() == EntityKind.PERSON) {
                    return Optional.of(phrase);
                }
                first = first.or(() -> Optional.of(phrase));
                k = named.get().last();
            } else if (!isTitleWord(document.token(k)) && !DETERMINERS.contains(document.token(k).lower())) {
                break;
            }
        }
        return first;
    }

    /** Where a run of capitalised words that ends at a token begins: a name nothing has typed. */
    private int capitalizedRunStart(int last) {
        int first = last;
        while (first > 0 && document.token(first - 1).isCapitalized() && document.sentenceOf(first - 1).first() != first) {
            first--;
        }
        return first;
    }

    private Optional<Phrase> nominalEndingAt(int i, List<Integer> speakers) {
        // a nominal ending here: walk back to its determiner, and read it forwards
        for (int start = i; start >= Math.max(0, i - 6); start--) {
            if (DETERMINERS.contains(document.token(start).lower()) || start == document.sentenceOf(i).first()) {
                Optional<Phrase> phrase = nominal(start, speakers);
                if (phrase.isPresent() && phrase.get().last() >= i - 1 && phrase.get().last() <= i) {
                    return phrase;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A nominal speaker: "the minister", "a spokeswoman for the council", "a Kremlin spokesman", "the
     * company". Reads up to its head noun and, for a spokesperson, the organization after "for".
     */
    private Optional<Phrase> nominal(int first, List<Integer> speakers) {
        int i = first;
        if (i < document.size() && DETERMINERS.contains(document.token(i).lower())) {
            i++;
        }
        int organization = -1;
        int last = Math.min(document.size() - 1, i + 5);
        for (; i <= last; i++) {
            Token token = document.token(i);
            if (!token.isWord() && token.kind() != TokenKind.POSSESSIVE) {
                return Optional.empty();
            }
            Optional<DocumentEntity> named = entities.at(i);
            if (named.isPresent()) {
                organization = named.get().index(); // "a Kremlin spokesman", "the company’s spokeswoman"
                i = entities.mentionAt(i).orElseThrow().last();
                continue;
            }
            String word = token.lower();
            if (isPersonNoun(word) && INDEFINITE_ARTICLES.contains(document.token(first).lower())
                    && withholdsTheName(complementEnd(i) + 1)) {
                // "A senior official at Athletic, who spoke on condition of anonymity, said": someone, not the club
                return Optional.of(new Phrase(-1, first, complementEnd(i)));
            }
            if (isPersonNoun(word) && !isPossessed(i) && introducedUnnamed(first, word)) {
                return Optional.of(new Phrase(-1, first, i)); // "A senior official … said …. “…,” the official said"
            }
            if (DOCUMENTS.contains(word) && organization >= 0 && document.token(i - 1).kind() == TokenKind.POSSESSIVE
                    && speaksNext(i)) {
                return Optional.of(new Phrase(organization, first, i)); // "the inspectorate's report said": the inspectorate's words
            }
            if ((word.equals("statement") || DOCUMENTS.contains(word) && speaksNext(i)) && document.token(first).is("the")) {
                OptionalInt maker = statementMaker(first, word, speakers);
                if (maker.isPresent()) {
                    return Optional.of(new Phrase(maker.getAsInt(), first, i)); // “…,” the statement said
                }
            }
            int spokesperson = SPOKES_ROLES.contains(word) && document.token(first).is("the") && !isPossessed(i)
                    ? describedAs(first, i) : -1;
            if (spokesperson >= 0) {
                // "the prime minister's spokesman, Idris Kalnins-Obi, said …" then "the spokesman said": him again
                return Optional.of(new Phrase(spokesperson, first, complementEnd(i)));
            }
            int colleagues = MEMBERS.contains(word) && i == first + 1 && document.token(first).is("the")
                    ? organizationOfStaff(first, word) : -1;
            if (colleagues >= 0) {
                return Optional.of(new Phrase(colleagues, first, i)); // "analysts at Haldane Kerr wrote …" then "the analysts wrote"
            }
            if (SPOKES_ROLES.contains(word)) {
                int spokenFor = organization >= 0 ? organization : complement(i, speakers);
                if (spokenFor < 0 && !hasComplement(i) && !capitalizedBetween(first + 1, i)) { // not "a Junts source"
                    spokenFor = lastEntity(first, null, EntityKind.ORGANIZATION); // "the spokeswoman", spoken of before
                }
                return Optional.of(new Phrase(spokenFor, first, complementEnd(i)));
            }
            if (i == first + 1 && document.token(first).is("the") && !token.isCapitalized() && !isPersonRoleAhead(i)
                    && !ORGANIZATION_NOUNS.contains(word) && word.length() > 4) {
                int withWord = organizationWithWord(first, word);
                if (withWord >= 0 && isPossessed(i)) {
                    organization = withWord; // "the inspectorate's report": whose report, read on
                    continue;
                }
                if (withWord >= 0) {
                    return Optional.of(new Phrase(withWord, first, i)); // "the inspectorate": the Rivers Inspectorate
                }
            }
            if (ORGANIZATION_NOUNS.contains(word) && isPossessed(i) && organization < 0 && document.token(first).is("the")) {
                organization = lastEntity(first, word, EntityKind.ORGANIZATION); // "the bank's monetary policy board": the bank's
                continue;
            }
            int force = word.equals("force") && i == first + 1 && document.token(first).is("the") ? policeForce(i) : -1;
            if (force >= 0) {
                return Optional.of(new Phrase(force, first, i)); // "Thamesbrook Police said …" then "the force said"; not "the task force"
            }
            if (ORGANIZATION_NOUNS.contains(word) && !isPersonRoleAhead(i) && !isPossessed(i)) {
                return Optional.of(new Phrase(organization >= 0 ? organization : lastEntity(first, word, EntityKind.ORGANIZATION),
                        first, i));
            }
            if (COUNTRY_NOUNS.contains(word)) {
                return Optional.of(new Phrase(lastEntity(first, null, EntityKind.COUNTRY), first, i));
            }
            if (isPersonNoun(word) && !isPossessed(i)) {
                int described = describedAs(first, i);
                if (described >= 0) {
                    return Optional.of(new Phrase(described, first, complementEnd(titleEnd(i)))); // "His lawyer, Tom Ashdown, …" then "his lawyer said"
                }
                if (RELATIONS.contains(word) && isSomeonesRelation(first, i)) {
                    // "the victim’s brother", "her daughter": someone else's; "Vireo’s chief executive": a title's last word
                    return Optional.of(new Phrase(-1, first, complementEnd(titleEnd(i))));
                }
            }
            int titleLast = titleEnd(i);
            if (lexicons.title(List.of(word)).isPresent() && !isPossessed(titleLast)) {
                i = titleLast; // "the chief executive, Haruka Tanabe-Oyelaran, said": the whole title before the name
                int titled = focus.titledPerson(first, titleWords(first, i));
                titled = titled >= 0 ? titled : focus.titledPerson(first, word);
                titled = titled >= 0 ? titled : titleOfTheLede(first, word);
                return Optional.of(new Phrase(titled >= 0 ? titled : introducedAfterLede(first), first, namedComplementEnd(i)));
            }
            if (NameFinder.NATIONALITY_NOUNS.contains(token.text()) && document.token(first).is("the") && i == first + 1
                    && i + 1 < document.size() && (!document.token(i + 1).isWord() || isSpeechVerb(document.token(i + 1)))) {
                return Optional.of(new Phrase(focus.personInFocus(first, Gender.UNKNOWN, speakers), first, i)); // "the Scot said"
            }
            Optional<Gender> epithet = epithet(word);
            if (epithet.isPresent() && document.token(first).lower().equals("the") && i == first + 1 && !isPossessed(i)) {
                // "the 51-year-old former mayor of the port city of Dravnik told": all of it describes them
                return Optional.of(new Phrase(focus.personInFocus(first, epithet.get(), speakers), first, descriptionEnd(i)));
            }
            if (epithet.isPresent() && i == first + 1 && INDEFINITE_ARTICLES.contains(document.token(first).lower())) {
                return Optional.of(new Phrase(introducedAfterLede(first), first, i));
            }
            if (token.kind() == TokenKind.POSSESSIVE || token.isCapitalized()) {
                continue;
            }
        }
        return Optional.empty();
    }

    /**
     * Who made the statement the article spoke of last: "The ministry said in a statement …", "Her family said
     * in a statement" (someone unnamed: -1), "A motorist … gave a statement"; empty when it spoke of none.
     */
    private OptionalInt statementMaker(int before, String noun, List<Integer> speakers) {
        for (int p = before - 1; p >= 0; p--) {
            if (!document.token(p).lower().equals(noun) || insideQuote(p)) {
                continue;
            }
            OptionalInt from = documentFrom(p);
            if (from.isPresent()) {
                return from; // "read out a letter from Ingrid Sorlie, headteacher of …": hers, not the reader's
            }
            Sentence sentence = document.sentenceOf(p);
            for (int v = sentence.first() + 1; v <= sentence.last(); v++) {
                Token token = document.token(v);
                if (!insideQuote(v) && (isSpeechVerb(token) || STATEMENT_VERBS.contains(token.lower()))) {
                    // "In a statement issued after the match, Kelsbury City said": the verb with a subject
                    int statement = p;
                    Optional<Phrase> maker = endingAt(v - 1, speakers).filter(m -> m.last() < statement || m.first() > statement);
                    if (maker.isPresent()) {
                        return OptionalInt.of(maker.get().entity());
                    }
                }
            }
            if (p > 0 && document.token(p - 1).is("the")) {
                continue; // "The memo said …": the memo spoken of before it, whose maker an earlier sentence names
            }
            return OptionalInt.of(-1);
        }
        return publisherBefore(before, speakers);
    }

    /**
     * "The Office for Budget Integrity published its “Economic and Fiscal Outlook” …" then "“…,” the report said": a
     * document never called so before is what the one who last published, issued or posted something put out.
     */
    private OptionalInt publisherBefore(int before, List<Integer> speakers) {
        int paragraph = document.token(before).paragraph();
        for (int v = before - 1; v > 0 && document.token(v).paragraph() >= paragraph - PUBLISHER_PARAGRAPHS; v--) {
            String word = document.token(v).lower();
            if (!insideQuote(v) && PUBLISHING.contains(word) && putsOutADocument(v)) {
                Optional<Phrase> publisher = endingAt(v - 1, speakers).filter(Phrase::named);
                if (publisher.isPresent()) {
                    return OptionalInt.of(publisher.get().entity());
                }
            }
        }
        return OptionalInt.empty();
    }

    /**
     * "published its “Economic and Fiscal Outlook”", "posted an update": what the verb puts out is a document, a
     * titled one or one called so; not "The Guardian published the leaked emails", whose writer is someone else.
     */
    private boolean putsOutADocument(int verb) {
        for (int k = verb + 1; k < document.size() && k <= verb + PUBLISHED_OBJECT_REACH; k++) {
            Token token = document.token(k);
            if (token.isQuoteMark() || DOCUMENTS.contains(token.lower()) || PUBLISHED_DOCUMENTS.contains(token.lower())) {
                return true;
            }
        }
        return false;
    }

    /** "a letter from X", "a report by the X": the person or organization named right after a document noun. */
    private OptionalInt documentFrom(int noun) {
        if (noun + 2 >= document.size() || !(document.token(noun + 1).is("from") || document.token(noun + 1).is("by"))) {
            return OptionalInt.empty();
        }
        int named = document.token(noun + 2).is("the") ? noun + 3 : noun + 2;
        return entities.mentionAt(named).filter(mention -> mention.first() == named)
                .map(mention -> entities.at(named).orElseThrow())
                .filter(author -> author.kind() == EntityKind.PERSON || author.kind() == EntityKind.ORGANIZATION) // not "a letter from Brussels"
                .map(author -> OptionalInt.of(author.index())).orElse(OptionalInt.empty());
    }

    /** The last word of the longest title that starts at a word: "chief executive officer", "deputy prime minister". */
    private int titleEnd(int word) {
        int end = word;
        List<String> words = new ArrayList<>(List.of(document.token(word).lower()));
        for (int k = word + 1; k < document.size() && k <= word + 3 && document.token(k).isWord(); k++) {
            words.add(document.token(k).lower());
            if (lexicons.title(words).isPresent()) {
                end = k;
            }
        }
        return end;
    }

    private List<String> words(int from, int to) {
        List<String> words = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            words.add(document.token(k).lower());
        }
        return words;
    }

    /** "the housing minister": the title's lowercase words up to its head, which tell one minister from another. */
    private List<String> titleWords(int first, int head) {
        List<String> words = new ArrayList<>();
        for (int k = first; k <= head; k++) {
            Token token = document.token(k);
            if (token.isWord() && !token.isCapitalized() && !DETERMINERS.contains(token.lower())) {
                words.add(token.lower());
            }
        }
        return words;
    }

    /** Where the words describing someone end: at the verb, a comma or a quote, at most ten words on. */
    private int descriptionEnd(int noun) {
        int end = noun;
        while (end + 1 < document.size() && end - noun < 10 && document.token(end + 1).isWord()
                && !isSpeechVerb(document.token(end + 1)) && !Clauses.looksFinite(document.token(end + 1))) {
            end++;
        }
        return end;
    }

    /** "the victim’s brother", "her daughter": a relation of someone the phrase names or a pronoun means. */
    private boolean isSomeonesRelation(int first, int noun) {
        if (POSSESSIVE_DETERMINERS.contains(document.token(first).lower())) {
            return true;
        }
        for (int k = first + 1; k < noun; k++) {
            if (document.token(k).kind() == TokenKind.POSSESSIVE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a ", who …" clause from a token says the article keeps the person's name back: "who spoke on condition
     * of anonymity", "who asked not to be named", "who declined to be identified".
     */
    private boolean withholdsTheName(int comma) {
        if (comma + 1 >= document.size() || !document.token(comma).is(",") || !document.token(comma + 1).is("who")) {
            return false;
        }
        for (int k = comma + 2; k < document.size() && k <= comma + 12 && !document.token(k).endsSentence(); k++) {
            if (PronounFocus.withholdsTheNameAt(document, k)) {
                return true;
            }
        }
        return false;
    }

    private boolean isPersonNoun(String word) {
        return RELATIONS.contains(word) || SPOKES_ROLES.contains(word) || lexicons.title(List.of(word)).isPresent()
                || epithet(word).isPresent();
    }

    /**
     * Whether "the official" is someone the article introduced without a name: the nearest earlier use of
     * the noun is in "a/an …" ("A senior government official, who spoke on condition of anonymity, said")
     * and no name follows it in apposition.
     */
    private boolean introducedUnnamed(int first, String noun) {
        if (!document.token(first).is("the") || noun.equals("statement")) { // "a statement" is someone's: see nominal
            return false;
        }
        for (int p = first - 1; p >= 0; p--) {
            if (!document.token(p).lower().equals(noun) || insideQuote(p)) {
                continue;
            }
            int article = p - 1;
            while (article >= 0 && article >= p - 5 && document.token(article).isWord()
                    && !INDEFINITE_ARTICLES.contains(document.token(article).lower()) && !DETERMINERS.contains(document.token(article).lower())) {
                article--;
            }
            boolean indefinite = article >= 0 && INDEFINITE_ARTICLES.contains(document.token(article).lower());
            if (indefinite && article > 0 && NOT_INTRODUCING.contains(document.token(article - 1).lower())) {
                continue; // "Bin Harun has been a consultant", "when a consultant was unheard of": nobody new
            }
            return indefinite && appositiveName(new Phrase(-1, article, p)).isEmpty()
                    && (withholdsTheName(complementEnd(p) + 1) // "a senior official at Athletic, who spoke on condition of anonymity"
                            || !speaksForOrganization(article, p)); // "a spokesperson for Northwold Highways"
        }
        return false;
    }

    /** "A Kremlin spokesman", "a spokesperson for Northwold Highways": a role named with whom it speaks for. */
    private boolean speaksForOrganization(int first, int noun) {
        for (int k = first; k < noun; k++) {
            if (isOrganization(k)) {
                return true;
            }
        }
        if (!hasComplement(noun)) {
            return false;
        }
        int named = document.token(noun + 2).is("the") ? noun + 3 : noun + 2;
        return named < document.size() && isOrganization(named);
    }

    private boolean isOrganization(int token) {
        return entities.at(token).filter(e -> e.kind() == EntityKind.ORGANIZATION).isPresent();
    }

    /**
     * The person the article described by a noun in apposition: "His lawyer, Tom Ashdown," or "Tom
     * Ashdown, his lawyer,"; the nearest before a position; -1 if none.
     */
    private int describedAs(int before, int noun) {
        List<String> described = words(noun, titleEnd(noun)); // "chief executive", not any "chief"
        for (int p = before - 1; p >= 0; p--) {
            if (!document.token(p).lower().equals(described.get(0)) || insideQuote(p) || !words(p, titleEnd(p)).equals(described)) {
                continue;
            }
            // "her husband of 58 years, Dennis", "Vireo's chief executive, Haruka Tanabe-Oyelaran"
            Optional<Phrase> after = appositiveName(new Phrase(-1, p, complementEnd(titleEnd(p))));
            if (after.isPresent()) {
                return after.get().entity();
            }
            int comma = p - 1;
            while (comma >= 0 && p - comma <= 6 && (document.token(comma).isWord() || document.token(comma).kind() == TokenKind.POSSESSIVE)) {
                comma--;
            }
            if (comma > 0 && document.token(comma).is(",")) {
                Optional<DocumentEntity> named = entities.at(comma - 1).filter(e -> e.kind() == EntityKind.PERSON);
                if (named.isPresent()) {
                    return named.get().index();
                }
            }
        }
        return -1;
    }

    /** "analysts at Haldane Kerr & Co." before: the organization the staff were said to be of; -1 if none. */
    private int organizationOfStaff(int before, String noun) {
        for (int p = before - 1; p >= 0; p--) {
            if (document.token(p).lower().equals(noun) && !insideQuote(p)) {
                return groupOfOrganization(p).map(Phrase::entity).orElse(-1);
            }
        }
        return -1;
    }

    /** A capitalized word that names what nobody typed: "a Junts source" speaks for Junts, not for the last organization. */
    private boolean capitalizedBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (document.token(k).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    /** "the team’s coach": a possessor is not the head. */
    private boolean isPossessed(int i) {
        return i + 1 < document.size() && document.token(i + 1).kind() == TokenKind.POSSESSIVE;
    }

    /** "a spokeswoman [for …]", "the Chairman [of …]": a role noun followed by what it is a role of. */
    private boolean hasComplement(int role) {
        return role + 2 < document.size() && COMPLEMENT_PREPOSITIONS.contains(document.token(role + 1).lower());
    }

    /** "the company spokeswoman": a noun before a person's role is not the head. */
    private boolean isPersonRoleAhead(int i) {
        return i + 1 < document.size() && (SPOKES_ROLES.contains(document.token(i + 1).lower())
                || lexicons.title(List.of(document.token(i + 1).lower())).isPresent());
    }

    /** The organization after "for" or "of": "a spokeswoman for [the council]". */
    private int complement(int role, List<Integer> speakers) {
        if (!hasComplement(role)) {
            return -1;
        }
        int entity = startingAt(role + 2, speakers).map(Phrase::entity).orElse(-1);
        return entity >= 0 ? entity : organizationInApposition(role + 2);
    }

    /** "a spokesman for the race organiser, Marrach Sport Events,": the organization a described one is named as. */
    private int organizationInApposition(int from) {
        int k = from;
        while (k < document.size() && k - from < 5 && document.token(k).isWord() && !document.token(k).isCapitalized()) {
            k++;
        }
        if (k == from || k + 1 >= document.size() || !document.token(k).is(",") || !isOrganization(k + 1)) {
            return -1;
        }
        return entities.at(k + 1).orElseThrow().index();
    }

    /** "The Chairman [of Sedgemoor District Council]": where the named complement of a title ends. */
    private int namedComplementEnd(int title) {
        if (!hasComplement(title)) {
            return title;
        }
        int named = document.token(title + 2).is("the") ? title + 3 : title + 2;
        Optional<NameMention> mention = entities.mentionAt(named).filter(m -> m.first() == named);
        if (mention.isPresent()) {
            return mention.get().last();
        }
        int end = named;
        while (end < document.size() && document.token(end).isCapitalized()) {
            end++; // a name nobody typed: "of Sedgemoor District Council"
        }
        return end > named ? end - 1 : title;
    }

    private int complementEnd(int role) {
        if (!hasComplement(role)) {
            return role;
        }
        int next = role + 1;
        int end = next + 1;
        while (end + 1 < document.size() && (document.token(end + 1).isWord() || document.token(end + 1).kind() == TokenKind.POSSESSIVE)
                && !isSpeechVerb(document.token(end + 1)) && end - next < 6) {
            end++;
        }
        return end;
    }

    private boolean isSpeechVerb(Token token) {
        return lexicons.speechVerb(token.text()).isPresent();
    }

    /** The entity a pronoun at a token means ("he", "his", "she", "it"); -1 when it cannot tell. */
    public int pronoun(int at, List<Integer> speakers) {
        return pronoun(document.token(at), at, speakers);
    }

    /**
     * "he", "she": a person of that gender named before, outside a quote, or speaking one. Within the
     * sentence and the two before it, the nearest who is the subject of a clause or a speaker wins ("Hunnam
     * explained that he had to choose between two films directed by Guillermo del Toro. “…,” he said"), else
     * the nearest of any role there; further back, only a subject or a speaker: someone only mentioned long
     * before is too weak a guess.
     */
    private int pronoun(Token token, int at, List<Integer> speakers) {
        String word = token.lower();
        if (word.equals("it") || word.equals("its")) {
            return lastEntity(at, null, EntityKind.ORGANIZATION);
        }
        if (!MALE.contains(word) && !FEMALE.contains(word)) {
            return -1;
        }
        return focus.personInFocus(at, MALE.contains(word) ? Gender.MALE : Gender.FEMALE, speakers);
    }

    /** "mum-of-two", "43-year-old", "actress": the gender a person noun tells, unknown when it tells none. */
    static Optional<Gender> epithet(String word) {
        String head = word.contains("-of-") ? word.substring(0, word.indexOf("-of-")) : word;
        if (FEMALE_EPITHETS.contains(head)) {
            return Optional.of(Gender.FEMALE);
        }
        if (MALE_EPITHETS.contains(head)) {
            return Optional.of(Gender.MALE);
        }
        return EPITHETS.contains(head) || AGE_EPITHET.matcher(word).matches() || AGENT_NOUN.matcher(word).matches()
                ? Optional.of(Gender.UNKNOWN) : Optional.empty();
    }

    /**
     * News ledes name their subject later: "A mum who was caught up in the blast has described …" or "The
     * Chairman of X has paid tribute …", then "Emma Oldham, 43, …" or "Cllr Alan Bradford said …" opens
     * the next paragraph. For a person described so in the first paragraph, that person; else -1.
     */
    private int introducedAfterLede(int at) {
        int paragraph = document.token(at).paragraph();
        if (paragraph != 0) {
            return -1;
        }
        for (int p = at + 1; p < document.size(); p++) {
            if (document.token(p).paragraph() > paragraph + 1) {
                return -1;
            }
            Optional<NameMention> mention = entities.mentionAt(p);
            if (document.token(p).paragraph() == paragraph + 1 && mention.isPresent() && !mention.get().inQuote()) {
                DocumentEntity entity = entities.at(p).orElseThrow();
                boolean fullName = mention.get().last() > mention.get().first();
                return entity.kind() == EntityKind.PERSON && fullName ? entity.index() : -1;
            }
        }
        return -1;
    }

    /**
     * "the minister", when nobody named has that title, is the one the lede introduced by it: "Germany’s
     * health minister on Monday defended …" ¶ "“…,” Karl Lindner told a news conference."
     */
    private int titleOfTheLede(int before, String titleWord) {
        for (int p = 0; p < before && document.token(p).paragraph() == 0; p++) {
            if (document.token(p).lower().equals(titleWord) && entities.at(p).isEmpty() && !insideQuote(p)) {
                return introducedAfterLede(p);
            }
        }
        return -1;
    }

        /**
     * The entity of a kind last named before a position (outside quotes), preferring one whose name holds
     * the word ("the council" → "Sedgemoor District Council"). For a generic noun ("the company", "the
     * chemicals maker") the one the story is about: named most often so far, the first named counting once more,
     * the latest of equals.
     */
    private int lastEntity(int before, String word, EntityKind kind) {
        Map<Integer, Integer> timesNamed = new HashMap<>();
        int latest = -1;
        int first = -1;
        for (int p = before - 1; p >= 0; p--) {
            Optional<DocumentEntity> entity = entities.at(p).filter(e -> e.kind() == kind);
            if (entity.isEmpty() || insideQuote(p) || entities.mentionAt(p).orElseThrow().last() != p) {
                continue;
            }
            if (word == null || entity.get().name().toLowerCase().contains(word)) {
                return entity.get().index();
            }
            latest = latest < 0 ? entity.get().index() : latest;
            timesNamed.merge(entity.get().index(), 1, Integer::sum);
            first = entity.get().index();
        }
        int introducedAs = word == null ? -1 : organizationIntroducedAs(before, word);
        if (introducedAs >= 0) {
            return introducedAs; // "the national weather service, Meteorologic Norland," then "the service said"
        }
        if (word == null || latest < 0 || !GENERIC_ORGANIZATION_NOUNS.contains(word)) {
            return -1;
        }
        int subject = recentSubject(before, kind);
        if (subject >= 0) {
            return subject; // "Sierra Crest Power … said in a statement …. “…,” the company said"
        }
        timesNamed.merge(first, 1, Integer::sum); // the one the story opened with counts once more: it is the story's
        int mostNamed = latest;
        for (Map.Entry<Integer, Integer> named : timesNamed.entrySet()) {
            if (named.getValue() > timesNamed.get(mostNamed)) {
                mostNamed = named.getKey();
            }
        }
        return mostNamed;
    }

    /** The organization named before a position whose name has the word: "the inspectorate", "the forum"; or -1. */
    private int organizationWithWord(int before, String word) {
        int latest = -1;
        int organization = -1;
        // the article's few organizations, rather than every token before: this is asked of most "the <noun>"s
        for (DocumentEntity entity : entities.all()) {
            if (entity.kind() != EntityKind.ORGANIZATION || !NameKey.words(entity.name()).contains(word)) {
                continue;
            }
            for (NameMention mention : entity.mentions()) {
                if (mention.last() < before && !mention.inQuote() && mention.last() > latest) {
                    latest = mention.last();
                    organization = entity.index();
                }
            }
        }
        return organization;
    }

    /**
     * "police said": the force the article named before, whatever it calls itself ("Kessworth Constabulary", "the
     * Garda"); nobody named when it named none.
     */
    private int policeForce(int before) {
        for (String word : POLICE_WORDS) {
            int force = organizationWithWord(before, word);
            if (force >= 0 && !isAssociationOf(entities.get(force).name(), word)) {
                return force;
            }
        }
        return -1;
    }

    /** "Calderwick Police Federation", "the Police Superintendents' Association": of police officers, not the force. */
    private static boolean isAssociationOf(String name, String word) {
        List<String> words = NameKey.words(name);
        return words.indexOf(word) < words.size() - 1 && POLICE_BODIES.contains(words.get(words.size() - 1));
    }

    /**
     * The organization the article introduced with this noun before a position: "The national weather service,
     * Meteorologic Norland, has extended ..." then "the service said"; or -1.
     */
    private int organizationIntroducedAs(int before, String noun) {
        for (DocumentEntity entity : entities.all()) {
            if (entity.kind() != EntityKind.ORGANIZATION) {
                continue;
            }
            for (NameMention mention : entity.mentions()) {
                int p = mention.first() - 1;
                p = p > 0 && document.token(p).is(",") ? p - 1 : p;
                if (mention.last() < before && !mention.inQuote() && p >= 0 && document.token(p).lower().equals(noun)) {
                    return entity.index();
                }
            }
        }
        return -1;
    }

    /** The entity of a kind that is the subject of a clause in the sentence before a position or the one before it. */
    private int recentSubject(int before, EntityKind kind) {
        int from = document.sentences().get(Math.max(0, document.sentenceOf(Math.max(0, before - 1)).index() - 1)).first();
        for (int p = before - 1; p >= from; p--) {
            Optional<NameMention> mention = entities.mentionAt(p).filter(m -> !m.inQuote());
            if (mention.isPresent() && mention.get().last() == p && entities.at(p).orElseThrow().kind() == kind
                    && Clauses.verbAfterSubject(document, p + 1, document.sentenceOf(p).last() + 1) >= 0) {
                return entities.at(p).orElseThrow().index();
            }
        }
        return -1;
    }

    /** The comma that opens the appositive a comma closes; a quoted title may stand inside it (whose film “X” …). */
    private int openingCommaOfAppositive(int closingComma) {
        for (int p = closingComma - 1; p >= Math.max(0, closingComma - RELATIVE_CLAUSE_REACH); p--) {
            Token token = document.token(p);
            if (token.text().equals(",")) {
                // a clause of "who" may run long: ", who writes the blog Circuit Notes and was among the reviewers given time,"
                boolean relative = p + 1 < closingComma && document.token(p + 1).is("who");
                return closingComma - p <= APPOSITIVE_REACH || relative ? p : -1;
            }
            if (token.endsSentence() || token.isQuoteMark() && isSpeechQuoteMark(p)) {
                return -1;
            }
        }
        return -1;
    }

    private boolean isSpeechQuoteMark(int token) {
        return quoteMarks[token];
    }

    /** "he", "she", "it": the pronouns that stand as the subject of a verb of saying. */
    public static boolean isSubjectPronoun(Token token) {
        return SUBJECT_PRONOUNS.contains(token.lower());
    }

    public boolean insideQuote(int tokenIndex) {
        return quoted[tokenIndex];
    }
}
