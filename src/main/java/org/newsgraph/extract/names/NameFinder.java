package org.newsgraph.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.entity.EntityKind;
import org.newsgraph.extract.Lexicons;
import org.newsgraph.extract.Lexicons.Gender;
import org.newsgraph.extract.Lexicons.Known;
import org.newsgraph.extract.names.NameMention.Evidence;
import org.newsgraph.extract.quotes.QuoteSpan;
import org.newsgraph.extract.text.Clauses;
import org.newsgraph.extract.text.Document;
import org.newsgraph.extract.text.Token;
import org.newsgraph.extract.text.TokenKind;

/**
 * Finds the names of a body and types them. A name is a run of capitalised words (with the particles
 * names carry: "bin", "van", "of"); a title and a nationality at its head are split off as the title
 * ("Russian President" of "Vladimir Putin"). What a name is comes from, in order: the gazetteer
 * (countries, places, organizations, outlets), the words of organizations ("Ministry", "Council"), a
 * title, a given name or a family name written first ("Kim Jong-un"). Names nothing types yet are
 * returned untyped, for their context (a speech verb, an appositive, "in …") or another mention of them
 * to decide; names still untyped in the end are dropped rather than guessed.
 */
public final class NameFinder {

    /** Lowercase particles of people's names: "Ludwig van Beethoven", "Emad el-Din". */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "der", "den", "ter", "ten", "bin", "binti",
            "ibn", "al", "el", "la", "le", "du", "da", "di", "dos", "das", "del", "della", "y", "&");
    /** Particles a surname may begin with when written alone: "van der Lugt said", "bin Yusof told Reuters". */
    private static final Set<String> LEADING_PARTICLES = Set.of("de", "van", "von", "ter", "bin", "binti", "ibn",
            "da", "di", "du", "dos", "das", "del", "della");
    /** Particles that only ever join names, never begin or end one. */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> JOINING_ONLY = Set.of("of", "the", "&", "y", "for");
    /** Organizations' words that "for" may follow inside the name: "Office for National Statistics". */
    private static final Set<String> FOR_HEADS = Set.of("Department", "Office", "Centre", "Center", "Institute",
            "Commission", "Council", "Ministry", "Agency", "Foundation", "Society", "Committee", "Campaign", "Coalition",
            "Alliance", "Secretary", "Minister");
    /** Capitalised words that end a name in the middle of a run: "Daniel Tan and I", "… The". */
    private static final Set<String> STOPPERS = Set.of("i", "the", "a", "an", "and", "or", "but", "he", "she", "it", "we",
            "they", "his", "her", "its", "our", "their", "this", "that", "is", "was", "are", "were", "in", "on", "at", "for");
    /** Words that end the names of places, whatever a given name at their head suggests: "Emad el-Din Street". */
    private static final Set<String> PLACE_SUFFIXES = Set.of("street", "st.", "road", "rd.", "avenue", "ave.", "lane",
            "boulevard", "square", "bridge", "park", "stadium", "arena", "airport", "station", "harbour", "harbor",
            "river", "lake", "mountain", "mount", "island", "islands", "valley", "county", "province", "district",
            "palace", "tower", "plaza", "beach", "bay", "hill", "hills", "forest", "desert", "peninsula", "sea", "ocean",
            "strait", "canal", "gate", "quay", "market", "way", "drive", "crescent", "terrace");
    /** Times are written with them ("by 1130 GMT"); they name nobody. */
    private static final Set<String> TIME_ZONES = Set.of("GMT", "UTC", "BST", "CET", "CEST", "EET", "EST", "EDT", "CST",
            "CDT", "MST", "MDT", "PST", "PDT", "IST", "JST", "AEST", "AEDT");
    /** How many words a paragraph needs to be read as a headline in title case. */
    private static final int HEADLINE_WORDS = 5;
    /** Words before a given name given alone: "who gave her name only as Denise", "a man named Tomasz". */
    private static final Set<String> GIVEN_NAME_ONLY = Set.of("as", "named", "called");
    /** Titles whose capitalised words before them name a portfolio, not an employer: "Housing Minister". */
    private static final Set<String> PORTFOLIO_HEADS = Set.of("minister", "secretary", "commissioner", "chancellor", "chief");
    private static final int PORTFOLIO_WORDS = 2;
    /** Forms of address that are no title to keep: "Comrade Kim Jong-un" has no title "Comrade". */
    private static final Set<String> HONORIFIC_WORDS = Set.of("comrade", "mr.", "mrs.", "ms.", "miss", "mx.", "dr.",
            "prof.", "sir", "dame", "lord", "lady", "mr", "mrs", "ms", "dr");
    private static final Set<String> HONORIFICS_MALE = Set.of("mr.", "mr", "sir", "lord");
    private static final Set<String> HONORIFICS_FEMALE = Set.of("mrs.", "mrs", "ms.", "ms", "miss", "dame", "lady");
    /** Modifiers that may stand between a determiner and a title: "the former foreign minister". */
    /** Nouns for a person of a nation, no name of anyone: "the Scot said", "the Dutchman added". */
    static final Set<String> NATIONALITY_NOUNS = Set.of("Scot", "Briton", "Englishman", "Englishwoman", "Welshman",
            "Welshwoman", "Irishman", "Irishwoman", "Frenchman", "Frenchwoman", "Dutchman", "Dutchwoman", "Dane", "Swede",
            "Finn", "Pole", "Spaniard", "Argentine", "Argentinian", "Brazilian", "Australian", "Kiwi", "American",
            "Canadian", "German", "Italian", "Portuguese", "Norwegian", "Croat", "Serb", "Belgian", "Austrian", "Swiss",
            "Greek", "Turk", "Russian", "Ukrainian", "Nigerian", "Ghanaian", "Senegalese", "Moroccan", "Egyptian",
            "Japanese", "Korean", "Chinese", "Mexican", "Colombian", "Uruguayan", "Chilean", "Jamaican", "Kenyan",
            "Ethiopian", "South African", "New Zealander");
    static final Set<String> TITLE_MODIFIERS = Set.of("former", "special", "senior", "top", "chief", "deputy",
            "acting", "interim", "ceremonial", "supreme", "then", "late", "longtime", "veteran", "new", "current",
            "outgoing", "incoming", "retired", "assistant", "associate", "executive", "head", "lead", "regional",
            "local", "national", "foreign", "defence", "defense", "finance", "communist", "opposition", "rebel",
            "military", "party", "union", "state", "federal", "club", "team", "company", "government", "police");
    private static final Set<String> LOCATION_PREPOSITIONS = Set.of("in", "at", "near", "outside", "across", "throughout",
            "into", "inside");

    private final Lexicons lexicons;

    public NameFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    public List<NameMention> find(Document document, List<QuoteSpan> quotes) {
        List<NameMention> mentions = new ArrayList<>();
        List<Token> tokens = document.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (startsName(document, i)) {
                int last = runEnd(document, i);
                i = addRun(document, i, last, quotes, mentions);
            }
        }
        if (!opensWithTitleCaseHeadline(document)) {
            return List.copyOf(mentions);
        }
        return mentions.stream().filter(mention -> !isHeadlineCapitals(document, mention)).toList();
    }

    /**
     * "Supreme Court Nominee Sidesteps Questions on Precedent": in a headline in title case every word has a
     * capital, so a run of them names someone only when the gazetteer knows it or the story writes it again.
     */
    private static boolean isHeadlineCapitals(Document document, NameMention mention) {
        if (mention.evidence() == Evidence.GAZETTEER || document.token(mention.first()).paragraph() != 0) {
            return false;
        }
        String text = document.text();
        int paragraphEnd = mention.end();
        while (paragraphEnd < text.length() && text.charAt(paragraphEnd) != '\n') {
            paragraphEnd++;
        }
        return text.indexOf(mention.text(), paragraphEnd) < 0;
    }

    /**
     * The first paragraph, when the story goes on after it and it reads as a US headline: no full stop at its end, and
     * nearly every word capitalised.
     */
    private static boolean opensWithTitleCaseHeadline(Document document) {
        int words = 0;
        int capitalized = 0;
        int last = -1;
        for (Token token : document.tokens()) {
            if (token.paragraph() > 0) {
                break;
            }
            last = token.index();
            if (token.isWord()) {
                words++;
                capitalized += token.isCapitalized() ? 1 : 0;
            }
        }
        boolean storyGoesOn = last + 1 < document.size();
        return last >= 0 && storyGoesOn && !document.token(last).endsSentence() && words >= HEADLINE_WORDS
                && capitalized * 10 >= words * 7;
    }

    private boolean startsName(Document document, int i) {
        Token token = document.token(i);
        if (!token.isCapitalized() && !isNameParticleWord(token) && !startsSurnameWithParticle(document, i)) {
            return false;
        }
        boolean numbered = token.lower().equals("no.") && i + 1 < document.size()
                && document.token(i + 1).kind() == TokenKind.NUMBER; // "No. 1 on the chart" names nothing
        // "Rupert Lindahl-Okafor KC, defending,": the letters after a name; "by 1130 GMT": a time
        return !numbered && !isTimeWord(document, i) && !Clauses.isPostnominal(token) && !TIME_ZONES.contains(token.text());
    }

    /** "Dr", "Mrs", "Sir": whether a word is a form of address before a name. */
    static boolean isHonorific(String word) {
        return HONORIFIC_WORDS.contains(word);
    }

    /** "van", "der", "bin": whether a word is a particle inside people's names. */
    static boolean isNameParticle(String word) {
        return NAME_PARTICLES.contains(word) && !word.equals("&");
    }

    /** "van", "bin", "de": whether a word may begin a surname written alone ("van der Lugt"), unlike "al" or "la". */
    static boolean beginsSurnames(String word) {
        return LEADING_PARTICLES.contains(word);
    }

    /** "van der Lugt", "ter Horst", "bin Yusof": a surname written alone with its particles, which are lowercase. */
    private static boolean startsSurnameWithParticle(Document document, int i) {
        if (!LEADING_PARTICLES.contains(document.token(i).text())) {
            return false;
        }
        int k = i + 1;
        while (k < document.size() && isNameParticle(document.token(k).text())) {
            k++;
        }
        return k < document.size() && k - i <= 2 && document.token(k).isCapitalized() && document.token(k).isWord();
    }

    /** "al-Assad", "bin Salman": lowercase words that are part of names. */
    private static boolean isNameParticleWord(Token token) {
        String lower = token.lower();
        return token.isWord() && (lower.startsWith("al-") || lower.startsWith("el-") || lower.startsWith("bin-"))
                && token.text().length() > 3 && Character.isUpperCase(token.text().charAt(3));
    }

    private int runEnd(Document document, int first) {
        int known = knownLength(document, first);
        int last = first;
        for (int j = first + 1; j < document.size(); j++) {
            Token token = document.token(j);
            if (token.paragraph() != document.token(first).paragraph()) {
                break;
            }
            if (j < first + known) {
                last = j; // inside a name the gazetteer knows: "Bank of England", "The Associated Press"
            } else if (Clauses.isPostnominal(token)) {
                break; // "Farida Nkemelu-Strand KC": her title after the name, as "Dr." is before it
            } else if (token.isCapitalized() && !isTimeWord(document, j) && !STOPPERS.contains(token.lower())
                    || isNameParticleWord(token)) {
                last = j;
            } else if (joinsName(document, j) || possessiveInsideName(document, first, j)) {
                continue;
            } else {
                break;
            }
        }
        while (last > first && JOINING_ONLY.contains(document.token(last).lower())) {
            last--;
        }
        return last;
    }

    /** The length of the longest gazetteer name that starts at a token, or 0. */
    private int knownLength(Document document, int first) {
        int last = Math.min(document.size() - 1, first + lexicons.longestName() - 1);
        return knownAt(document, first, last).map(KnownMatch::length).orElse(0);
    }

    /**
     * A lowercase word that joins two parts of one name: a particle of a person's name ("van", "bin"), or
     * "of" (and "of the") after an organization's word or a title, "for" after a few: "Ministry of Fisheries", "Chairman of
     * the State Council". Not "and", and not "of" after a person: "Amina Diallo of Sarentia" is two names.
     */
    private boolean joinsName(Document document, int j) {
        Token token = document.token(j);
        if (token.is("&")) { // "Halvorsen & Pike", "Procter & Gamble": a firm of partners
            return j + 1 < document.size() && document.token(j + 1).isCapitalized();
        }
        if (token.isWord() && NAME_PARTICLES.contains(token.lower()) && j + 2 < document.size()
                && NAME_PARTICLES.contains(document.token(j + 1).text()) && document.token(j + 2).isCapitalized()) {
            return true; // "Jonas van der Berg-Oduya", "Inês de la Rocha"
        }
        if (!token.isWord() || j + 1 >= document.size() || !document.token(j + 1).isCapitalized() && !document.token(j + 1).is("the")) {
            return false;
        }
        String word = token.lower();
        if (NAME_PARTICLES.contains(word)) {
            return true;
        }
        if (word.equals("the")) {
            return document.token(j - 1).is("of");
        }
        if (word.equals("for")) { // "Department for Education", "Institute for Fiscal Studies"
            return FOR_HEADS.contains(document.token(j - 1).text());
        }
        if (word.equals("of")) {
            Token before = document.token(j - 1);
            return lexicons.orgKeyword(before.text()).isPresent() || lexicons.title(List.of(before.lower())).isPresent()
                    || isPlaceSuffix(before);
        }
        return false;
    }

    /**
     * The possessive inside an organization's name: "the Atlantic Trawlermen’s Association", "National
     * Workers’ Congress". Only when the name goes on to an organization's word, and what stands before is
     * not a known name of its own ("Mauritania’s Ministry of Fisheries" is two names).
     */
    private boolean possessiveInsideName(Document document, int first, int j) {
        Token token = document.token(j);
        boolean possessive = token.kind() == TokenKind.POSSESSIVE || token.kind() == TokenKind.CLOSE_SINGLE
                && token.start() == document.token(j - 1).end() && document.token(j - 1).lower().endsWith("s");
        if (!possessive || knownAt(document, first, j - 1).isPresent() || lexicons.givenName(document.token(first).text()).isPresent()) {
            return false;
        }
        for (int k = j + 1; k < document.size() && k <= j + 4 && document.token(k).isCapitalized(); k++) {
            if (lexicons.orgKeyword(document.token(k).text()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A possessive at this token: the title before it names an office, not a person ("the District Attorney's
     * Office", "the Mayor's Fund"), and the run is one organization's name.
     */
    private static boolean ownsWhatFollows(Document document, int i) {
        return i < document.size() && document.token(i).kind() == TokenKind.POSSESSIVE;
    }

    private static boolean isPlaceSuffix(Token token) {
        return PLACE_SUFFIXES.contains(token.lower());
    }

    /** Cuts a run into a title and a name, types the name and records it; returns where the run ended. */
    private int addRun(Document document, int first, int last, List<QuoteSpan> quotes, List<NameMention> mentions) {
        int start = first;
        // "The Associated Press", "The Hague": the article belongs to the name only when the gazetteer says so
        while (start <= last && lexicons.isFunctionWord(document.token(start).lower()) && !knownWhole(document, start, last)) {
            start++;
        }
        if (start > last) {
            return last;
        }
        if (start == last && (isLoneSentenceOpener(document, start) || NATIONALITY_NOUNS.contains(document.token(start).text()))) {
            return last;
        }
        if (isSpelledOutByTheAcronymAfter(document, start, last)) {
            // "Velmora Metropolitan Transit (VMT)": one organization's name, though "Metropolitan" reads as a title
            mentions.add(mention(document, start, last, quotes, EntityKind.ORGANIZATION, Evidence.ACRONYM, null));
            return last;
        }
        int nameStart = start;
        List<Token> titleTokens = new ArrayList<>();
        while (nameStart <= last) {
            int demonym = longestMatch(document, nameStart, last, true);
            int title = demonym > 0 ? 0 : longestTitleAt(document, nameStart, last, nameStart == document.sentenceOf(nameStart).first());
            int taken = Math.max(demonym, title);
            if (taken == 0 || nameStart + taken > last && title == 0 || ownsWhatFollows(document, nameStart + taken)) {
                break;
            }
            if (knownAt(document, nameStart, last).isPresent() && title == 0 && demonym == 0) {
                break;
            }
            titleTokens.addAll(document.tokens().subList(nameStart, Math.min(nameStart + taken, last + 1)));
            nameStart += taken;
        }
        if (nameStart > last) {
            return last; // a title or a nationality alone: "President", "North Korean"
        }
        if (!titleTokens.isEmpty() && JOINING_ONLY.contains(document.token(nameStart).lower())) {
            // "Chairman of the State Council of the DPRK Comrade Kim Jong-un": the title runs on to the person
            int person = personStart(document, nameStart, last);
            if (person < 0) {
                return last;
            }
            titleTokens.addAll(document.tokens().subList(nameStart, person));
            nameStart = person;
        }
        int portfolio = portfolioTitleEnd(document, nameStart, last);
        titleTokens.addAll(document.tokens().subList(nameStart, portfolio));
        nameStart = portfolio;
        // a name before a title is a name of its own: "Moscow Mayor Sergei Sobyanin", "Solvane Chief Executive …"
        for (int p = nameStart + 1; p <= last; p++) {
            int title = longestTitleAt(document, p, last, false);
            if (title > 0 && p + title <= last && !ownsWhatFollows(document, p + title)) {
                int headLength = p - nameStart;
                Optional<KnownMatch> known = knownAt(document, nameStart, p - 1).filter(k -> k.length == headLength);
                mentions.add(known.isPresent()
                        ? mention(document, nameStart, p - 1, quotes, known.get().known, Evidence.GAZETTEER, null)
                        : mention(document, nameStart, p - 1, quotes, EntityKind.ORGANIZATION, Evidence.TITLE, null));
                return addRun(document, p, last, quotes, mentions);
            }
        }
        while (!titleTokens.isEmpty() && HONORIFIC_WORDS.contains(titleTokens.get(titleTokens.size() - 1).lower())) {
            titleTokens.remove(titleTokens.size() - 1);
        }
        String title = titleTokens.isEmpty() ? titleBefore(document, nameStart) : document.text(titleTokens.get(0),
                titleTokens.get(titleTokens.size() - 1));
        NameMention mention = type(document, nameStart, last, quotes, !titleTokens.isEmpty(), title);
        if (mention.title() == null && (mention.kind() == null || mention.kind() == EntityKind.PERSON)) {
            mention = mention.titled(appositiveTitle(document, last));
            if (mention.title() != null && mention.kind() == null) {
                mention = mention.typed(EntityKind.PERSON, Evidence.APPOSITIVE);
            }
        }
        mentions.add(mention);
        return last;
    }

    /** Whether "(XYZ)" follows the run and XYZ is the initials of its words: the run names an organization. */
    private static boolean isSpelledOutByTheAcronymAfter(Document document, int first, int last) {
        if (last == first || last + 3 >= document.size() || !document.token(last + 1).text().equals("(")
                || !document.token(last + 3).text().equals(")") || !isAcronym(document.token(last + 2))) {
            return false;
        }
        return spellsOut(document.text(document.token(first), document.token(last)), document.token(last + 2).text());
    }

    /**
     * Whether an acronym is the initials of a name's capitalised words and hyphenated parts: "Austral-Nordic Space
     * Agency" spells ANSA, "Amalgamated Rail and Tram Workers' Union" ARTWU.
     */
    static boolean spellsOut(String name, String acronym) {
        StringBuilder initials = new StringBuilder();
        for (String part : name.split("[\\s-]+")) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                initials.append(part.charAt(0));
            }
        }
        return initials.toString().equals(acronym);
    }

    /**
     * Where a minister's portfolio and title end, when no gazetteer knows the words before the title: "Housing
     * Minister Edvard Lunde", "Valdorian Trade Minister Helena Castrova"; the run's start when there is none.
     */
    private int portfolioTitleEnd(Document document, int first, int last) {
        for (int p = first + 1; p <= first + PORTFOLIO_WORDS && p <= last; p++) {
            int title = longestTitleAt(document, p, last, false);
            if (title == 0 || p + title > last) {
                continue;
            }
            boolean head = PORTFOLIO_HEADS.contains(document.token(p + title - 1).lower());
            boolean plainWords = document.tokens().subList(first, p).stream().allMatch(t -> t.isCapitalized() && !isAcronym(t));
            return head && plainWords && knownAt(document, first, p - 1).isEmpty() ? p + title : first;
        }
        return first;
    }

    private NameMention type(Document document, int first, int last, List<QuoteSpan> quotes, boolean titled, String title) {
        Optional<KnownMatch> known = knownAt(document, first, last).filter(k -> k.length == last - first + 1);
        if (known.isPresent()) {
            return mention(document, first, last, quotes, known.get().known, Evidence.GAZETTEER, null);
        }
        if (last > first && isPlaceSuffix(document.token(last))) {
            return mention(document, first, last, quotes, EntityKind.PLACE, Evidence.LOCATION, null);
        }
        if (isOrganizationName(document, first, last)) {
            return mention(document, first, last, quotes, EntityKind.ORGANIZATION, Evidence.ORG_KEYWORD, title);
        }
        Token head = document.token(first);
        if (first == last && isAcronym(head)) {
            return mention(document, first, last, quotes, EntityKind.ORGANIZATION, Evidence.ACRONYM, title);
        }
        if (titled || title != null || honorific(document, first).isPresent()) {
            return mention(document, first, last, quotes, EntityKind.PERSON, Evidence.TITLE, title);
        }
        if (last > first && lexicons.givenName(head.text()).isPresent() && readsAsPersonalName(document, first, last)
                && (!lexicons.isAmbiguousGivenName(head.text()) || last - first <= 2 && looksLikePersonalNames(document, first + 1, last))) {
            // "Chelsea Clinton", "Jordan Peterson": a given name that is also a place, before a family name
            return mention(document, first, last, quotes, EntityKind.PERSON, Evidence.GIVEN_NAME, title);
        }
        if (first == last && lexicons.givenName(head.text()).isPresent() && !lexicons.isAmbiguousGivenName(head.text())
                && first > 0 && (document.token(first - 1).is(",") || GIVEN_NAME_ONLY.contains(document.token(first - 1).lower()))) {
            return mention(document, first, last, quotes, EntityKind.PERSON, Evidence.GIVEN_NAME, title); // "his mother, Alice"
        }
        if (last > first && lexicons.isSurnameFirst(head.text()) && looksLikePersonalNames(document, first + 1, last)) {
            return mention(document, first, last, quotes, EntityKind.PERSON, Evidence.SURNAME_FIRST, title);
        }
        if (precededByLocationPreposition(document, first)) {
            return mention(document, first, last, quotes, EntityKind.PLACE, Evidence.LOCATION, title);
        }
        return mention(document, first, last, quotes, (EntityKind) null, Evidence.NONE, title);
    }

    private NameMention mention(Document document, int first, int last, List<QuoteSpan> quotes, Known known,
            Evidence evidence, String title) {
        NameMention mention = mention(document, first, last, quotes, (EntityKind) null, evidence, title);
        return new NameMention(first, last, mention.start(), mention.end(), mention.text(), known.kind(), known.name(),
                title, evidence, mention.inQuote(), Gender.UNKNOWN);
    }

    private NameMention mention(Document document, int first, int last, List<QuoteSpan> quotes, EntityKind kind,
            Evidence evidence, String title) {
        Token from = document.token(first);
        Token to = document.token(last);
        boolean inQuote = quotes.stream().anyMatch(q -> q.open() < first && last < q.close());
        return new NameMention(first, last, from.start(), to.end(), document.text(from, to), kind, null, title, evidence,
                inQuote, kind == EntityKind.PERSON ? gender(document, first, last) : Gender.UNKNOWN);
    }

    private Gender gender(Document document, int first, int last) {
        Optional<Gender> byHonorific = honorific(document, first);
        if (byHonorific.isPresent()) {
            return byHonorific.get();
        }
        // "Tan Wei-Ling", "Tan said": a family name written first tells nothing, whatever given name it also is
        int given = lexicons.isSurnameFirst(document.token(first).text()) ? first + 1 : first;
        return given > last ? Gender.UNKNOWN : lexicons.givenName(document.token(given).text()).orElse(Gender.UNKNOWN);
    }

    private static Optional<Gender> honorific(Document document, int first) {
        if (first == 0) {
            return Optional.empty();
        }
        String before = document.token(first - 1).lower();
        if (HONORIFICS_MALE.contains(before)) {
            return Optional.of(Gender.MALE);
        }
        if (HONORIFICS_FEMALE.contains(before)) {
            return Optional.of(Gender.FEMALE);
        }
        return before.equals("dr.") || before.equals("prof.") ? Optional.of(Gender.UNKNOWN) : Optional.empty();
    }

    /** Not "the River Wend" nor "A Summer Without Rain": people's names take no article and hold no function word. */
    private boolean readsAsPersonalName(Document document, int first, int last) {
        if (first > 0 && ARTICLES.contains(document.token(first - 1).lower())) {
            return false;
        }
        for (int i = first + 1; i <= last; i++) {
            String word = document.token(i).lower();
            if (lexicons.isFunctionWord(word) && !NAME_PARTICLES.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Words that can only be a person's names: capitalised, in no gazetteer, no organization's word ("Jong-un", "Peterson"). */
    private boolean looksLikePersonalNames(Document document, int first, int last) {
        for (int i = first; i <= last; i++) {
            Token token = document.token(i);
            if (!token.isCapitalized() || lexicons.known(List.of(token.text())).isPresent() || isOrganizationWord(token)) {
                return false;
            }
        }
        return true;
    }

    private boolean isOrganizationName(Document document, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (document.token(i).is("&")) {
                return true;
            }
            Optional<String> position = lexicons.orgKeyword(document.token(i).text());
            if (position.isPresent()) {
                boolean fits = switch (position.get()) {
                    case "suffix" -> i == last;
                    case "prefix" -> i == first;
                    default -> true;
                };
                if (fits) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isOrganizationWord(Token token) {
        return lexicons.orgKeyword(token.text()).isPresent();
    }

    /** NATO, FBI, DPRK: capitals only, short. Acronyms the gazetteer knows were typed before. */
    static boolean isAcronym(Token token) {
        String letters = token.text().replace(".", "");
        return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase);
    }

    /** A capitalised word opening a sentence that is no name seen elsewhere: "Reports", "Currently". */
    private boolean isLoneSentenceOpener(Document document, int i) {
        Token token = document.token(i);
        boolean opensSentence = i == 0 || document.sentenceOf(i).first() == i
                || document.token(i - 1).kind() == TokenKind.OPEN_DOUBLE || document.token(i - 1).kind() == TokenKind.OPEN_SINGLE;
        if (!opensSentence || lexicons.known(List.of(token.text())).isPresent() || lexicons.givenName(token.text()).isPresent()) {
            return false;
        }
        if (EntityAssembler.agedAfter(document, i + 1) && !lexicons.isFunctionWord(token.lower()) && !token.lower().endsWith("ly")) {
            return false; // "Fatoumata, a 41-year-old mother of five, said": a name, though written nowhere else; not "Tragically,"
        }
        if (lexicons.isFunctionWord(token.lower())) {
            return true;
        }
        int itself = document.sentenceOf(i).first() == i ? 0 : 1; // opening a quote inside a sentence
        return document.midSentenceCount(token.text()) == itself; // also capitalised in mid-sentence: a name
    }

    /** A weekday or month ("June"), unless it is a given name followed by a family name ("June Carter"). */
    private boolean isTimeWord(Document document, int i) {
        Token token = document.token(i);
        if (lexicons.timeWord(token.text()).isEmpty()) {
            return false;
        }
        boolean nameFollows = i + 1 < document.size() && document.token(i + 1).isCapitalized()
                && lexicons.timeWord(document.token(i + 1).text()).isEmpty();
        return lexicons.givenName(token.text()).isEmpty() || !nameFollows;
    }

    private boolean precededByLocationPreposition(Document document, int first) {
        return first > 0 && LOCATION_PREPOSITIONS.contains(document.token(first - 1).lower())
                && document.token(first - 1).paragraph() == document.token(first).paragraph();
    }

    /**
     * The longest title written before names at a token ("President", "Foreign Minister"), in tokens; at
     * the start of a sentence any title, since its capital says nothing there ("Owner Chidi Okafor").
     */
    private int longestTitleAt(Document document, int first, int last, boolean sentenceStart) {
        for (int length = Math.min(lexicons.longestTitle(), last - first + 1); length > 0; length--) {
            Optional<Boolean> title = lexicons.title(words(document, first, first + length - 1));
            if (title.isPresent() && (title.get() || sentenceStart)) {
                return length;
            }
        }
        return 0;
    }

    /**
     * Where, in the rest of a run, a person's name begins: after a form of address ("… of Police Mr.
     * Hilroy Brandy"), or at a given name or a family name written first.
     */
    private int personStart(Document document, int from, int last) {
        for (int p = last - 1; p >= from; p--) {
            if (HONORIFIC_WORDS.contains(document.token(p).lower())) {
                return p + 1;
            }
        }
        for (int p = from; p <= last; p++) {
            Token token = document.token(p);
            if ((lexicons.givenName(token.text()).isPresent() || lexicons.isSurnameFirst(token.text())) && p < last
                    && document.tokens().subList(p, last + 1).stream().allMatch(Token::isCapitalized)) {
                return p;
            }
        }
        return -1;
    }

    /** The longest demonym (or title, written before names) starting at a token, in tokens; 0 if none. */
    private int longestMatch(Document document, int first, int last, boolean demonym) {
        int longest = demonym ? 3 : lexicons.longestTitle();
        for (int length = Math.min(longest, last - first + 1); length > 0; length--) {
            List<String> words = words(document, first, first + length - 1);
            boolean found = demonym ? lexicons.demonym(words).isPresent()
                    : lexicons.title(words).orElse(false);
            if (found) {
                return length;
            }
        }
        return 0;
    }

    private record KnownMatch(Known known, int length) {
    }

    private boolean knownWhole(Document document, int first, int last) {
        return knownAt(document, first, last).filter(k -> k.length == last - first + 1).isPresent();
    }

    /** The longest gazetteer name starting at a token. */
    private Optional<KnownMatch> knownAt(Document document, int first, int last) {
        for (int length = Math.min(lexicons.longestName(), last - first + 1); length > 0; length--) {
            Optional<Known> known = lexicons.known(writtenWords(document, first, first + length - 1));
            if (known.isPresent()) {
                return Optional.of(new KnownMatch(known.get(), length));
            }
        }
        return Optional.empty();
    }

    /**
     * The title in lowercase words before a name: "North Korean dictator", "special counsel",
     * "90-year-old ceremonial leader". Null when the word before the name is no title.
     */
    private String titleBefore(Document document, int nameStart) {
        int role = nameStart - 1;
        while (role > 0 && isHonorific(document.token(role).lower())) {
            role--; // "vet Dr Mei-Ling Tan": the vet
        }
        if (role < 0 || !document.token(role).isWord() || document.token(role).isCapitalized()) {
            return null;
        }
        int roleStart = role;
        while (roleStart > 0 && lexicons.title(words(document, roleStart - 1, role)).isPresent()) {
            roleStart--; // "prime minister", "special counsel"
        }
        if (lexicons.title(words(document, roleStart, role)).isEmpty()) {
            return null;
        }
        int first = roleStart;
        while (first > 0 && document.token(first - 1).paragraph() == document.token(nameStart).paragraph()) {
            Token before = document.token(first - 1);
            if (before.isWord() && !before.isCapitalized() && (TITLE_MODIFIERS.contains(before.lower())
                    || before.text().contains("-") && Character.isDigit(before.text().charAt(0)))) {
                first--;
            } else {
                break;
            }
        }
        int demonymEnd = first - 1;
        for (int length = 3; length > 0; length--) {
            if (demonymEnd - length + 1 >= 0 && lexicons.demonym(words(document, demonymEnd - length + 1, demonymEnd)).isPresent()) {
                first = demonymEnd - length + 1;
                break;
            }
        }
        return document.text(document.token(first), document.token(role));
    }

    /**
     * The title an appositive gives a name: ", leader of North Korea," or ", the country’s 90-year-old
     * ceremonial leader." (its determiners and possessives left out). Null when there is none.
     */
    private String appositiveTitle(Document document, int nameLast) {
        int i = nameLast + 1;
        if (i >= document.size() || !document.token(i).text().equals(",")) {
            return null;
        }
        i++;
        int paragraph = document.token(nameLast).paragraph();
        // determiners and possessives: "the", "a", "the country’s", "its"
        while (i < document.size() && document.token(i).paragraph() == paragraph
                && (Set.of("the", "a", "an", "its", "his", "her", "their").contains(document.token(i).lower())
                        || i + 1 < document.size() && document.token(i + 1).kind() == TokenKind.POSSESSIVE)) {
            i += document.token(i).kind() == TokenKind.POSSESSIVE ? 1 : (i + 1 < document.size()
                    && document.token(i + 1).kind() == TokenKind.POSSESSIVE ? 2 : 1);
        }
        int first = i;
        int end = i;
        while (end < document.size() && end - first < 6 && document.token(end).isWord()
                && document.token(end).paragraph() == paragraph) {
            int roleLength = titleLengthAt(document, end);
            if (roleLength > 0) {
                int roleEnd = end + roleLength - 1;
                if (roleEnd + 1 < document.size() && document.token(roleEnd + 1).isCapitalized()) {
                    return null; // ", comrade Kim Jong Un": the title of the name that follows
                }
                int complementEnd = complement(document, roleEnd);
                return document.text(document.token(first), document.token(complementEnd));
            }
            Token word = document.token(end);
            boolean modifier = TITLE_MODIFIERS.contains(word.lower()) || word.text().contains("-")
                    || lexicons.demonym(List.of(word.lower())).isPresent() || lexicons.demonym(words(document, end, Math.min(end + 1,
                            document.size() - 1))).isPresent();
            if (!modifier) {
                return null;
            }
            end++;
        }
        return null;
    }

    /** "of North Korea", "for the council": the complement of a role noun, up to a comma or a stop. */
    private static int complement(Document document, int roleEnd) {
        int next = roleEnd + 1;
        if (next + 1 >= document.size() || !Referents.COMPLEMENT_PREPOSITIONS.contains(document.token(next).lower())) {
            return roleEnd;
        }
        int end = next;
        for (int i = next + 1; i < document.size() && i - next <= 6; i++) {
            Token token = document.token(i);
            if (!token.isWord() && token.kind() != TokenKind.POSSESSIVE || token.paragraph() != document.token(roleEnd).paragraph()) {
                break;
            }
            end = i;
        }
        return end > next ? end : roleEnd;
    }

    private int titleLengthAt(Document document, int first) {
        for (int length = Math.min(lexicons.longestTitle(), document.size() - first); length > 0; length--) {
            if (lexicons.title(words(document, first, first + length - 1)).isPresent()) {
                return length;
            }
        }
        return 0;
    }

    /** The words as written, with the possessive as "'s": how the gazetteer is asked. */
    private static List<String> writtenWords(Document document, int first, int last) {
        List<String> words = new ArrayList<>(last - first + 1);
        for (int i = first; i <= last; i++) {
            Token token = document.token(i);
            words.add(token.kind() == TokenKind.POSSESSIVE ? "'s" : token.text());
        }
        return words;
    }

    static List<String> words(Document document, int first, int last) {
        List<String> words = new ArrayList<>(last - first + 1);
        for (int i = first; i <= last; i++) {
            Token token = document.token(i);
            words.add(token.kind() == TokenKind.POSSESSIVE ? "'s" : token.lower());
        }
        return words;
    }
}
