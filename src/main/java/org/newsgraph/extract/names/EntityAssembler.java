package org.newsgraph.extract.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.newsgraph.entity.EntityKind;
import org.newsgraph.entity.NameKey;
import org.newsgraph.extract.Lexicons;
import org.newsgraph.extract.Lexicons.Gender;
import org.newsgraph.extract.names.NameMention.Evidence;
import org.newsgraph.extract.text.Clauses;
import org.newsgraph.extract.text.Document;
import org.newsgraph.extract.text.Token;
import org.newsgraph.extract.text.TokenKind;

/**
 * Groups an article's name mentions into its entities: the forms of one name ("Kim Jong Un", "Kim
 * Jong-un"), a gazetteer's aliases ("U.S.", "America"), and the short forms a story uses after the full
 * name: the family name ("Putin" after "Vladimir Putin"), or the given name when only one person has it
 * ("Donald"). A short form that fits two people (the "Kim" of three Kims) is left unresolved, not guessed.
 * Names nothing typed become people when they speak ("Okafor said"); the rest are dropped.
 */
public final class EntityAssembler {

    private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "miss", "mx.", "dr.", "prof.", "sir",
            "dame", "lord", "lady", "mr", "mrs", "ms", "dr", "prof");

    private static final Set<String> LEGAL_FORMS = Set.of("corp", "inc", "ltd", "llc", "plc", "co", "ag", "sa", "nv",
            "gmbh", "spa", "bv", "ab", "asa", "oyj", "kk", "lp", "llp");
    /** Lowercase nouns that, right before a name, say it is an organization's. */
    private static final Set<String> ORGANIZATION_NOUNS = Set.of("party", "company", "firm", "start-up", "startup",
            "carmaker", "automaker", "chipmaker", "bank", "lender", "insurer", "airline", "carrier", "retailer", "broadcaster",
            "newspaper", "charity", "lobby", "union", "club", "group", "conglomerate", "supermarket", "brewer", "publisher",
            "operator", "organiser", "organizer", "promoter", "developer", "manufacturer", "supplier", "contractor",
            "distributor", "owner");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** What joins a role to its employer: "a coordinator with", "an analyst at". */
    private static final Set<String> EMPLOYER_PREPOSITIONS = Set.of("with", "at");
    /** How far after the comma a role's "who" may come: ", a former investigator with the national unit who". */
    private static final int ROLE_REACH = 12;
    /** How far its role noun: ", a retired primary school teacher". */
    private static final int ROLE_NOUN_REACH = 5;
    /** Words for the people someone has, which no organization is: "her husband, Tevita Fonua,". */
    private static final Set<String> KIN = Set.of("husband", "wife", "son", "daughter", "mother", "father", "mum",
            "mom", "dad", "brother", "sister", "grandmother", "grandfather", "grandson", "granddaughter", "uncle", "aunt",
            "cousin", "niece", "nephew", "fiancé", "fiancée", "girlfriend", "boyfriend", "widow", "widower",
            "stepfather", "stepmother", "stepson", "stepdaughter", "friend", "neighbour", "neighbor", "teammate");
    private static final Pattern AGED = Pattern.compile("\\d{1,3}-year-old");
    private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("of", "in", "from", "at", "near");
    private static final Set<String> GENERATIONS = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final Set<String> LINKING_VERBS = Set.of("was", "is", "seemed", "seems", "looked", "looks", "felt",
            "feels", "appeared", "appears");
    private static final Set<String> DEGREE_ADVERBS = Set.of("very", "particularly", "clearly", "visibly", "obviously",
            "deeply", "so", "especially", "genuinely", "understandably", "not", "less", "more", "a", "little", "bit");
    private static final Set<String> FEELINGS = Set.of("impressed", "delighted", "happy", "unhappy",
            "disappointed", "frustrated", "furious", "angry", "upset", "thrilled", "proud", "relieved", "surprised",
            "shocked", "saddened", "devastated", "heartbroken", "emotional", "tearful", "elated", "annoyed",
            "livid", "gutted", "overjoyed", "excited");

    private final Lexicons lexicons;
    private final GenderCues genderCues;

    public EntityAssembler(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.genderCues = new GenderCues(lexicons);
    }

    public DocumentEntities assemble(Document document, List<NameMention> found) {
        Set<String> familyNames = familyNames(found);
        List<NameMention> typedByContext = found.stream()
                .filter(m -> m.kind() != null || !isDemonym(m)) // "the 31-year-old Tongan, who joined": no one's name
                .map(m -> m.kind() == null && isEmployer(document, m) ? m.typed(EntityKind.ORGANIZATION, Evidence.APPOSITIVE) : m)
                .map(m -> m.kind() == null && speaks(document, m)
                        ? m.typed(familyNames.contains(NameKey.of(m.text())) ? EntityKind.PERSON : speakerKind(document, m),
                                Evidence.SPEECH)
                        : m)
                .map(m -> m.kind() == null && isNamedKin(document, m)
                        ? m.typed(EntityKind.PERSON, Evidence.APPOSITIVE).gendered(genderOfKin(document, m)) : m)
                // "a forensic accountant at the firm Coldwater Ashby, who was instructed": the "who" is the accountant's
                .map(m -> m.kind() == null && afterOrganizationNoun(document, m) ? m.typed(EntityKind.ORGANIZATION, Evidence.APPOSITIVE) : m)
                .map(m -> m.kind() == null && (hasAge(document, m) || takesWho(document, m) || hasRole(document, m))
                        ? m.typed(EntityKind.PERSON, Evidence.APPOSITIVE) : m)
                .map(m -> m.kind() == null && feels(document, m) ? m.typed(EntityKind.PERSON, Evidence.FEELING) : m)
                .toList();
        Set<String> bareWords = bareSingleWords(document, typedByContext);
        Set<String> peopleAlone = singleWordPeople(typedByContext);
        typedByContext = typedByContext.stream()
                .map(m -> m.kind() == null && isNamedLaterByLastWord(document, m, bareWords, peopleAlone)
                        ? m.typed(EntityKind.PERSON, Evidence.COREFERENCE) : m)
                .toList();
        Set<String> soloPeople = singleWordPeople(typedByContext);
        List<NameMention> mentions = typedByContext.stream()
                .map(m -> m.kind() == null && (soloPeople.contains(lastWord(m))
                        || soloPeople.contains(surnameWithParticles(NameKey.words(m.text()))))
                        ? m.typed(EntityKind.PERSON, Evidence.COREFERENCE) : m)
                .map(m -> isFamilyNameOfSomeone(m, familyNames) ? shortForm(m) : m)
                .map(this::withoutHonorificTitle)
                .toList();
        Map<String, List<NameMention>> groups = new LinkedHashMap<>();
        List<NameMention> shortForms = new ArrayList<>();
        for (NameMention mention : mentions) {
            if (mention.kind() == null || isShortFormKind(mention.kind()) && (mention.words() == 1 || isSurnameWithParticles(mention))) {
                shortForms.add(mention);
            } else {
                groups.computeIfAbsent(key(mention), k -> new ArrayList<>()).add(mention);
            }
        }
        mergePeopleWithSameFirstAndLastName(groups);
        // typed short forms first: "Solvane said it …" makes the group that the lede's untyped "Solvane" joins
        shortForms.sort(Comparator.comparing(mention -> mention.kind() == null));
        Map<String, GroupShape> shapes = new HashMap<>(); // what short forms are matched against, kept per group
        for (NameMention mention : shortForms) {
            Optional<String> group = groupOfShortForm(groups, shapes, mention);
            if (group.isPresent()) {
                groups.get(group.get()).add(mention.typed(kindOf(groups.get(group.get())), Evidence.COREFERENCE));
                shapes.remove(group.get());
            } else if (mention.kind() != null) {
                String key = key(mention);
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(mention);
                shapes.remove(key);
            }
        }
        mergeAcronymsDefinedInParentheses(document, groups);
        mergeAcronymsOfNamesWrittenOut(document, groups);
        return new DocumentEntities(entities(document, groups));
    }

    /**
     * "the Austral-Nordic Space Agency (ANSA)": news defines an acronym in parentheses after the full name,
     * then uses it alone ("ANSA said"); it names the same organization, when it spells out that name.
     */
    private static void mergeAcronymsDefinedInParentheses(Document document, Map<String, List<NameMention>> groups) {
        Map<Integer, String> groupEndingAt = new HashMap<>();
        groups.forEach((key, group) -> group.forEach(mention -> groupEndingAt.put(mention.last(), key)));
        for (String key : List.copyOf(groups.keySet())) {
            List<NameMention> group = groups.get(key);
            if (group == null || kindOf(group) != EntityKind.ORGANIZATION) {
                continue;
            }
            for (NameMention acronym : group) {
                int open = acronym.first() - 1;
                String full = open > 0 ? groupEndingAt.get(open - 1) : null;
                if (acronym.words() == 1 && NameFinder.isAcronym(document.token(acronym.first())) && full != null
                        && !full.equals(key) && groups.containsKey(full) && document.token(open).text().equals("(")
                        && acronym.last() + 1 < document.size() && document.token(acronym.last() + 1).text().equals(")")
                        && NameFinder.spellsOut(longest(groups.get(full)).text(), acronym.text())) {
                    groups.get(full).addAll(groups.remove(key));
                    break;
                }
            }
        }
    }

    /**
     * "the International Cricket Council confirmed …" then "the ICC said": an acronym is the organization the article
     * wrote out with its initials, whatever else a gazetteer knows by it (the International Criminal Court), when
     * exactly one organization there has them and the gazetteer's name is never written out.
     */
    private static void mergeAcronymsOfNamesWrittenOut(Document document, Map<String, List<NameMention>> groups) {
        for (String key : List.copyOf(groups.keySet())) {
            List<NameMention> group = groups.get(key);
            if (group == null || kindOf(group) != EntityKind.ORGANIZATION
                    || !group.stream().allMatch(m -> m.words() == 1 && NameFinder.isAcronym(document.token(m.first())))) {
                continue;
            }
            String acronym = group.get(0).text();
            boolean gazetteerNameWritten = group.get(0).canonical() != null && groups.values().stream().flatMap(List::stream)
                    .anyMatch(m -> NameKey.of(m.text()).equals(NameKey.of(group.get(0).canonical())));
            List<String> writtenOut = groups.entrySet().stream()
                    .filter(other -> !other.getKey().equals(key) && kindOf(other.getValue()) == EntityKind.ORGANIZATION)
                    .filter(other -> NameFinder.spellsOut(longest(other.getValue()).text(), acronym))
                    .map(Map.Entry::getKey).toList();
            if (!gazetteerNameWritten && writtenOut.size() == 1) {
                groups.get(writtenOut.get(0)).addAll(groups.remove(key));
            }
        }
    }

    /** "Okafor" may be short for a person named in full, "Veltrix" for an organization; a country is itself. */
    private static boolean isShortFormKind(EntityKind kind) {
        return kind == EntityKind.PERSON || kind == EntityKind.ORGANIZATION;
    }

    /** The family names of the people this article names in full. */
    private Set<String> familyNames(List<NameMention> mentions) {
        Set<String> names = new LinkedHashSet<>();
        for (NameMention mention : mentions) {
            if (mention.kind() == EntityKind.PERSON && mention.words() > 1) {
                List<String> words = NameKey.words(mention.text());
                names.add(familyName(words));
            }
        }
        return names;
    }

    /**
     * The names that are people on their own ("Nwosu, 22,", "Nwosu said"): the full name they end makes a
     * person of an untyped "Amara Nwosu".
     */
    private static Set<String> singleWordPeople(List<NameMention> mentions) {
        Set<String> names = new LinkedHashSet<>();
        for (NameMention mention : mentions) {
            if (mention.kind() == EntityKind.PERSON && (mention.words() == 1 || isSurnameWithParticles(mention))) {
                names.add(NameKey.of(mention.text())); // "Nwosu said", "De Silva-Perera said"
            }
        }
        return names;
    }

    /**
     * The untyped one-word names used bare, as news uses a surname: "Castellano was blunter", not "the
     * Rangers".
     */
    private static Set<String> bareSingleWords(Document document, List<NameMention> mentions) {
        Set<String> bare = new HashSet<>();
        Set<String> withArticle = new HashSet<>();
        for (NameMention mention : mentions) {
            if (mention.words() != 1 || mention.inQuote()) {
                continue;
            }
            boolean afterArticle = mention.first() > 0 && ARTICLES.contains(document.token(mention.first() - 1).lower());
            (afterArticle ? withArticle : bare).add(NameKey.of(mention.text()));
        }
        bare.removeAll(withArticle); // "the Mariners" somewhere: a team, whatever "Mariners" does elsewhere
        return bare;
    }

    /**
     * "Devin Castellano" whom no gazetteer knows, and "Castellano" alone later: two or three plain capitalised
     * words whose last word the article then uses on its own name a person, as a surname does, even when the first
     * word is a person's on its own too ("Dunith replied").
     */
    private boolean isNamedLaterByLastWord(Document document, NameMention mention, Set<String> bareWords,
            Set<String> peopleAlone) {
        String first = NameKey.of(document.token(mention.first()).text());
        if (mention.words() < 2 || mention.words() > 3 || !bareWords.contains(lastWord(mention))
                || bareWords.contains(first) && !peopleAlone.contains(first)) {
            return false; // "Lakeport Mariners" where "Lakeport" stands alone too: a place's team, unless a person's ("Dunith replied")
        }
        for (int i = mention.first(); i <= mention.last(); i++) {
            Token token = document.token(i);
            if (!token.isCapitalized() || lexicons.orgKeyword(token.text()).isPresent()
                    || lexicons.known(List.of(token.text())).isPresent()) {
                return false;
            }
        }
        return true;
    }

    private static String lastWord(NameMention mention) {
        return lastNameWord(NameKey.words(mention.text()));
    }

    /** The family name in a person's name words: "Kim" of "Kim Jong-un", "Fitch" of "Brian Fitch Sr.". */
    private String familyName(List<String> words) {
        return lexicons.isSurnameFirst(words.get(0)) ? words.get(0) : lastNameWord(words);
    }

    /** "van der Lugt", "Bin Harun" written alone: a family name with the particles it begins with. */
    private static boolean isSurnameWithParticles(NameMention mention) {
        List<String> words = NameKey.words(mention.text());
        return words.size() > 1 && NameFinder.beginsSurnames(words.get(0));
    }

    /** "vanderlugt" of "Henrik van der Lugt": the key of the family name with the particles before it. */
    private static String surnameWithParticles(List<String> words) {
        int first = words.size() - 1;
        while (first > 1 && NameFinder.isNameParticle(words.get(first - 1))) {
            first--;
        }
        return String.join("", words.subList(first, words.size()));
    }

    /** The last word of a name that is not a generation: "Fitch" of "Brian George Fitch Sr.". */
    private static String lastNameWord(List<String> words) {
        int last = words.size() - 1;
        while (last > 0 && GENERATIONS.contains(words.get(last))) {
            last--;
        }
        return words.get(last);
    }

    /**
     * "Guardiola was particularly impressed", "Okoro seemed relieved": a feeling is said of people. Sports
     * and arts copy often names the famous by their surname alone, with nothing else to tell who they are.
     */
    private static boolean feels(Document document, NameMention mention) {
        int k = mention.last() + 1;
        if (mention.inQuote() || k >= document.size() || !LINKING_VERBS.contains(document.token(k).lower())) {
            return false;
        }
        k++;
        while (k < document.size() && DEGREE_ADVERBS.contains(document.token(k).lower())) {
            k++;
        }
        if (k >= document.size() || !FEELINGS.contains(document.token(k).lower())) {
            return false;
        }
        for (int after = k + 1; after < document.size() && after <= k + 5; after++) {
            if (document.token(after).is("its")) {
                return false; // "Solvane was delighted with its results": a company
            }
        }
        return true;
    }

    /** "Maria's husband, Tevita Fonua, now works": a name between commas after a word for kin or a friend. */
    private static boolean isNamedKin(Document document, NameMention mention) {
        int comma = mention.first() - 1;
        int after = mention.last() + 1;
        return comma > 0 && after < document.size() && !mention.inQuote() && document.token(comma).is(",")
                && KIN.contains(document.token(comma - 1).lower()) && document.token(after).is(",");
    }

    private boolean isDemonym(NameMention mention) {
        return lexicons.demonym(NameKey.words(mention.text())).isPresent();
    }

    /** A husband is a man, a sister a woman, whatever their given name; a friend may be either. */
    private static Gender genderOfKin(Document document, NameMention mention) {
        Gender byName = mention.gender();
        return byName != Gender.UNKNOWN ? byName
                : Referents.epithet(document.token(mention.first() - 2).lower()).orElse(Gender.UNKNOWN);
    }

    /**
     * "Oyelaran-Pike, who runs it,": "who" is said of people ("which" of the rest); and "Amaya Feldstrom-Njoku, whose
     * daughter has been waiting": a company may have a founder, but not a daughter.
     */
    private static boolean takesWho(Document document, NameMention mention) {
        int comma = mention.last() + 1;
        if (mention.inQuote() || comma + 2 >= document.size() || !document.token(comma).text().equals(",")) {
            return false;
        }
        return document.token(comma + 1).is("who")
                || document.token(comma + 1).is("whose") && KIN.contains(document.token(comma + 2).lower());
    }

    /**
     * "Teodric Vanterpool-Essien, a taxi driver who was parked", "X, a former detective with the fraud squad who
     * now advises insurers", "X, a retired nurse": an appositive that says what someone does, by a role noun
     * or by the "who" its noun takes. A first name no gazetteer knows is then still a person's.
     */
    private boolean hasRole(Document document, NameMention mention) {
        int comma = mention.last() + 1;
        if (mention.inQuote() || comma + 2 >= document.size() || !document.token(comma).text().equals(",")
                || !ARTICLES.contains(document.token(comma + 1).lower())) {
            return false;
        }
        for (int p = comma + 2; p < document.size() && p - comma <= ROLE_REACH; p++) {
            Token token = document.token(p);
            if (token.is("who")) {
                return true;
            }
            if (!token.isWord() || token.endsSentence() || ORGANIZATION_NOUNS.contains(token.lower())) {
                return false; // "a company that", "a group based in": what an organization is
            }
            if (p - comma <= ROLE_NOUN_REACH && isLowercaseTitle(token) && !isTitleModifier(document, p)) {
                return true;
            }
        }
        return false;
    }

    /** "a former chief ...": only the noun the modifiers lead to says the role; "chief" may still be an org's. */
    private static boolean isTitleModifier(Document document, int p) {
        return p + 1 < document.size() && document.token(p + 1).isWord() && !document.token(p + 1).isCapitalized()
                && NameFinder.TITLE_MODIFIERS.contains(document.token(p).lower());
    }

    /**
     * "Catalan party Junts", "tech start-up Corvane", "the carmaker Stellantis", "the tour operator, Alpenfalke
     * Expeditions,": a noun that says what the name is, right before it or in apposition.
     */
    private static boolean afterOrganizationNoun(Document document, NameMention mention) {
        int before = mention.first() - 1;
        if (before > 1 && document.token(before).is(",") && document.token(before - 2).is("the")
                || before > 2 && document.token(before).is(",") && document.token(before - 3).is("the")) {
            before--; // "the tour operator, Alpenfalke Expeditions,": the noun before the comma
        } else if (before >= 0 && document.token(before).is(",")) {
            return false;
        }
        Token noun = before >= 0 ? document.token(before) : null;
        return noun != null && !noun.isCapitalized() && ORGANIZATION_NOUNS.contains(noun.lower());
    }

    /**
     * "a logistics coordinator with Crescent Relief International", "an analyst at the Brookings Institution": where
     * someone works, named after their role and "with" or "at"; an organization, though the sentence's verb follows
     * it. Not "for": "a lawyer for Kwabena Mensah" acts for a client.
     */
    private boolean isEmployer(Document document, NameMention mention) {
        int preposition = mention.first() > 0 && document.token(mention.first() - 1).is("the") ? mention.first() - 2 : mention.first() - 1;
        if (preposition < 1 || !EMPLOYER_PREPOSITIONS.contains(document.token(preposition).lower())) {
            return false;
        }
        Token role = document.token(preposition - 1);
        return isLowercaseTitle(role) && !Referents.RELATIONS.contains(role.lower());
    }

    /** "Nwosu, 22," or "Margaret, a 74-year-old retired teacher,": an age in apposition. */
    private static boolean hasAge(Document document, NameMention mention) {
        return !mention.inQuote() && agedAfter(document, mention.last() + 1);
    }

    /** ", 24," or ", a 41-year-old" at a token after a name: an age, which only people have. */
    static boolean agedAfter(Document document, int comma) {
        if (comma + 2 >= document.size() || !document.token(comma).text().equals(",")) {
            return false;
        }
        int next = comma + 1;
        if (ARTICLES.contains(document.token(next).lower())) {
            next++;
        }
        if (AGED.matcher(document.token(next).lower()).matches()) {
            return true;
        }
        String age = document.token(comma + 1).text();
        return (document.token(comma + 2).text().equals(",") || document.token(comma + 2).endsSentence())
                && age.matches("\\d{1,3}") && Integer.parseInt(age) < 120;
    }

    /**
     * "Lima" after "Rafael Tavares Lima" is him, not Peru's capital, and "in Marsh’s lab" after "Helena Marsh"
     * is hers, not a place: a family name beats the gazetteer and a preposition of place.
     */
    private static boolean isFamilyNameOfSomeone(NameMention mention, Set<String> familyNames) {
        return mention.words() == 1 && (mention.evidence() == Evidence.GAZETTEER || mention.evidence() == Evidence.LOCATION)
                && familyNames.contains(NameKey.of(mention.text()));
    }

    private static NameMention shortForm(NameMention mention) {
        return new NameMention(mention.first(), mention.last(), mention.start(), mention.end(), mention.text(), null, null,
                mention.title(), Evidence.NONE, mention.inQuote(), mention.gender());
    }

    /**
     * Who speaks "in a statement", or says "it" will do something, is an organization; anyone else who
     * speaks, a person.
     */
    private static EntityKind speakerKind(Document document, NameMention mention) {
        int after = mention.last() + 1;
        if (after < document.size() && document.token(after).is(",")) {
            after = skipAppositive(document, after); // "Sierra Crest Power, the utility that serves the county, said"
        }
        int verb = Clauses.pastAdverbs(document, after, document.size());
        boolean statement = verb + 3 < document.size() && document.token(verb + 1).is("in") && document.token(verb + 2).is("a")
                && Set.of("statement", "release", "filing", "post").contains(document.token(verb + 3).lower());
        boolean itself = verb + 1 < document.size() && document.token(verb + 1).is("it");
        return statement || itself ? EntityKind.ORGANIZATION : EntityKind.PERSON;
    }

    private NameMention withoutHonorificTitle(NameMention mention) {
        return mention.title() != null && HONORIFICS.contains(mention.title().toLowerCase()) ? mention.titled(null) : mention;
    }

    /** "Okafor said", "said Okafor", "Okafor, the mayor, said", "Okafor told": a speaker is a person. */
    private boolean speaks(Document document, NameMention mention) {
        if (mention.inQuote()) {
            return false;
        }
        int after = mention.last() + 1;
        if (after < document.size() && document.token(after).text().equals(",")) {
            after = skipAppositive(document, after);
        }
        after = Clauses.pastAdverbs(document, after, document.size()); // "Chemours earlier this month said"
        boolean complement = mention.first() > 0 && COMPLEMENT_PREPOSITIONS.contains(document.token(mention.first() - 1).lower());
        if (after < document.size() && isStrongSpeechVerb(document.token(after)) && !complement) {
            return true; // but not "the former mayor of the port city of Dravnik told": Dravnik is where he was mayor
        }
        int before = mention.first() - 1;
        if (after < document.size() && (isLowercaseTitle(document.token(after)) || after + 1 < document.size()
                && NameFinder.TITLE_MODIFIERS.contains(document.token(after).lower()) && isLowercaseTitle(document.token(after + 1)))) {
            return false; // "said Corvane co-founder Ama Mensah", "admitted Kingsmere head coach Darren Foxley": the employer
        }
        return before >= 1 && isStrongSpeechVerb(document.token(before))
                && (document.token(before - 1).kind() == TokenKind.CLOSE_DOUBLE || document.token(before - 1).kind() == TokenKind.CLOSE_SINGLE
                        || document.token(before - 1).text().equals(","));
    }

    private boolean isLowercaseTitle(Token token) {
        return token.isWord() && !token.isCapitalized() && lexicons.title(List.of(token.lower())).isPresent();
    }

    private boolean isStrongSpeechVerb(Token token) {
        return lexicons.speechVerb(token.text()).filter(v -> v.strength() != Lexicons.Strength.WEAK).isPresent();
    }

    /** From the comma after a name to the token after the appositive's closing comma (or where it was). */
    private static int skipAppositive(Document document, int comma) {
        for (int i = comma + 1; i < document.size() && i - comma <= 12; i++) {
            Token token = document.token(i);
            if (token.paragraph() != document.token(comma).paragraph() || token.endsSentence() || token.isQuoteMark()) {
                return comma;
            }
            if (token.text().equals(",")) {
                return i + 1;
            }
        }
        return comma;
    }

    private String key(NameMention mention) {
        if (mention.canonical() != null) {
            return "=" + mention.canonical();
        }
        String name = mention.kind() == EntityKind.ORGANIZATION ? withoutLegalForm(mention.text()) : mention.text();
        return mention.kind() + ":" + NameKey.of(name);
    }

    /** "National Beverage Corp." is "National Beverage": the legal form is no part of the name people use. */
    private static String withoutLegalForm(String name) {
        int space = name.lastIndexOf(' ');
        return space > 0 && LEGAL_FORMS.contains(NameKey.of(name.substring(space + 1))) ? name.substring(0, space) : name;
    }

    /** "Donald Trump" and "Donald J. Trump" are one person. */
    private static void mergePeopleWithSameFirstAndLastName(Map<String, List<NameMention>> groups) {
        Map<String, String> byFirstAndLast = new LinkedHashMap<>();
        for (String key : new ArrayList<>(groups.keySet())) {
            List<NameMention> group = groups.get(key);
            if (kindOf(group) != EntityKind.PERSON) {
                continue;
            }
            List<String> words = NameKey.words(longest(group).text());
            String firstAndLast = words.get(0) + " " + lastNameWord(words);
            String earlier = byFirstAndLast.putIfAbsent(firstAndLast, key);
            if (earlier != null) {
                groups.get(earlier).addAll(groups.remove(key));
            }
        }
    }

    /** The one group a short form can mean: a family name, or a given name only one person has. */
    private Optional<String> groupOfShortForm(Map<String, List<NameMention>> groups, Map<String, GroupShape> shapes,
            NameMention mention) {
        String word = NameKey.of(mention.text());
        List<String> byFamilyName = new ArrayList<>();
        List<String> byGivenName = new ArrayList<>();
        List<String> byWholeName = new ArrayList<>();
        List<String> byOuterWordOfOrganization = new ArrayList<>();
        for (Map.Entry<String, List<NameMention>> group : groups.entrySet()) {
            GroupShape shape = shapes.computeIfAbsent(group.getKey(), k -> GroupShape.of(group.getValue()));
            if (shape.keys().contains(word)) {
                byWholeName.add(group.getKey());
                continue;
            }
            List<String> words = shape.longestWords();
            if (shape.kind() == EntityKind.ORGANIZATION && words.size() > 1
                    && (words.get(0).equals(word) || words.get(words.size() - 1).equals(word))) {
                byOuterWordOfOrganization.add(group.getKey()); // "Rovers" for "Kestrel Rovers", "Veltrix" for "Veltrix Systems"
            }
            if (shape.kind() != EntityKind.PERSON) {
                continue;
            }
            boolean familyNameFirst = lexicons.isSurnameFirst(words.get(0));
            String familyName = familyName(words);
            if (familyName.equals(word) || surnameWithParticles(words).equals(word)) {
                byFamilyName.add(group.getKey());
            } else if (!familyNameFirst && words.get(0).equals(word)) {
                byGivenName.add(group.getKey());
            }
        }
        if (byWholeName.size() == 1) {
            return Optional.of(byWholeName.get(0));
        }
        if (!byWholeName.isEmpty()) {
            return Optional.empty();
        }
        if (byFamilyName.size() == 1) {
            return Optional.of(byFamilyName.get(0));
        }
        if (byFamilyName.isEmpty() && byGivenName.size() == 1) {
            return Optional.of(byGivenName.get(0));
        }
        return byFamilyName.isEmpty() && byGivenName.isEmpty() && byOuterWordOfOrganization.size() == 1
                ? Optional.of(byOuterWordOfOrganization.get(0)) : Optional.empty();
    }

    private List<DocumentEntity> entities(Document document, Map<String, List<NameMention>> groups) {
        List<List<NameMention>> ordered = groups.values().stream()
                .map(group -> group.stream().sorted(Comparator.comparingInt(NameMention::first)).toList())
                .sorted(Comparator.comparingInt(group -> group.get(0).first()))
                .toList();
        List<DocumentEntity> entities = new ArrayList<>();
        for (List<NameMention> group : ordered) {
            EntityKind kind = kindOf(group);
            NameMention fullest = longest(group);
            String name = fullest.canonical() != null ? fullest.canonical() : fullest.text();
            entities.add(new DocumentEntity(entities.size(), kind, name, aliases(kind, name, group), titles(group), group,
                    gender(document, kind, group)));
        }
        return entities;
    }

    /**
     * The other names the article uses for it. A family name alone is one when the person writes it
     * last ("Putin"); a family name written first ("Kim") is shared by too many people to be one.
     */
    private List<String> aliases(EntityKind kind, String name, List<NameMention> group) {
        Set<String> aliases = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>(List.of(NameKey.of(name)));
        List<String> nameWords = NameKey.words(name);
        for (NameMention mention : group) {
            String text = mention.text();
            if (!seen.add(NameKey.of(text))) {
                continue;
            }
            if (kind == EntityKind.PERSON && mention.words() == 1) {
                boolean familyName = NameKey.of(text).equals(lastNameWord(nameWords))
                        && !lexicons.isSurnameFirst(nameWords.get(0));
                if (!familyName) {
                    continue;
                }
            }
            aliases.add(text);
        }
        String usual = withoutLegalForm(name);
        if (kind == EntityKind.ORGANIZATION && !usual.equals(name) && seen.add(NameKey.of(usual))) {
            aliases.add(usual);
        }
        return List.copyOf(aliases);
    }

    private static List<String> titles(List<NameMention> group) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> titles = new ArrayList<>();
        for (NameMention mention : group) {
            if (mention.title() != null && keys.add(NameKey.of(mention.title()))) {
                titles.add(mention.title());
            }
        }
        return titles;
    }

    /** By the first name or an honorific, else by what the article says of them ("X said she"). */
    private Gender gender(Document document, EntityKind kind, List<NameMention> group) {
        Gender byName = group.stream().map(NameMention::gender).filter(g -> g != Gender.UNKNOWN).findFirst().orElse(Gender.UNKNOWN);
        return byName != Gender.UNKNOWN || kind != EntityKind.PERSON ? byName : genderCues.of(document, group);
    }

    private static EntityKind kindOf(List<NameMention> group) {
        return group.stream().map(NameMention::kind).filter(k -> k != null).findFirst().orElse(EntityKind.PERSON);
    }

    /** The fullest name, and among its spellings the one used most ("Kim Jong-un" over one "Kim Jong Un"). */
    private static NameMention longest(List<NameMention> group) {
        List<NameMention> typed = group.stream().filter(m -> m.kind() != null).toList();
        List<NameMention> candidates = typed.isEmpty() ? group : typed;
        int longest = candidates.stream().mapToInt(m -> NameKey.of(m.text()).length()).max().orElse(0);
        List<NameMention> fullest = candidates.stream().filter(m -> NameKey.of(m.text()).length() == longest).toList();
        Map<String, Long> uses = fullest.stream().collect(Collectors.groupingBy(NameMention::text, Collectors.counting()));
        return fullest.stream()
                .max(Comparator.comparingLong((NameMention m) -> uses.get(m.text())).thenComparing(m -> -m.first()))
                .orElse(group.get(0));
    }

    /** What a short form is matched against in a group: its names' keys, its kind, its fullest name's words. */
    private record GroupShape(Set<String> keys, EntityKind kind, List<String> longestWords) {

        static GroupShape of(List<NameMention> group) {
            return new GroupShape(group.stream().map(m -> NameKey.of(m.text())).collect(Collectors.toSet()), kindOf(group),
                    NameKey.words(longest(group).text()));
        }
    }
}
