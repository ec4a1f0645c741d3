package org.newsgraph.corpus;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.newsgraph.corpus.Cast.Member;
import org.newsgraph.corpus.CopyTables.Table;
import org.newsgraph.event.EventType;
import org.newsgraph.event.ParticipantRole;
import org.newsgraph.ingest.ContentHash;

/**
 * Writes generated articles into the tables, each with everything the extractor would have found in it:
 * about 600 words; its people, organizations and places mentioned at their offsets (the full name first,
 * the short one after); about 5 quotes with their speakers; about 3 events with participants in their
 * roles, a place and a date, a third of them events that an earlier article already reported.
 */
final class NewsWriter {

    private static final String[] WORDS = { "government", "talks", "economy", "market", "security", "border",
            "energy", "prices", "workers", "plan", "budget", "election", "court", "police", "health", "schools",
            "water", "trade", "agreement", "report", "weapons", "peace", "crisis", "reform", "support", "pressure",
            "growth", "investment", "region", "capital", "leaders", "officials", "citizens", "families", "future",
            "history", "promise", "decision", "meeting", "summit", "sanctions", "exports", "farmers", "banks", "debt",
            "taxes", "housing", "transport", "railway", "harbour", "factory", "climate", "flooding", "drought",
            "protest", "strike", "union", "parliament", "minister", "council", "vote", "campaign", "candidate",
            "opposition", "majority", "coalition", "treaty", "alliance", "visit", "invitation", "cooperation",
            "friendship", "neighbours", "partners", "relations", "dialogue", "negotiations", "proposal", "response",
            "concerns", "risks", "benefits", "costs", "jobs", "wages", "students", "hospitals", "doctors", "nurses",
            "roads", "bridges", "ports", "airports", "tourism", "culture", "football", "music", "festival", "museum",
            "weather", "storm", "harvest", "fishing", "mining", "oil", "gas", "solar", "wind", "technology",
            "internet", "data", "privacy", "media", "newspaper", "television", "radio", "journalists", "rights" };
    private static final String[] LINKS = { "the", "of", "and", "in", "for", "with", "on", "to", "a", "new", "more",
            "its", "their", "this", "that", "will", "would", "has", "have", "was", "were", "is", "are", "after", "before" };
    private static final int RECENT_EVENTS = 3000;
    private static final int WORDS_PER_ARTICLE = 600;

    /** A kind of event as the news tells it: {A} and {B} in their roles, {P} the place, {D} the date. */
    private record Plot(EventType type, String template, ParticipantRole firstRole, ParticipantRole secondRole) {
    }

    /** Drawn uniformly, so invitations are one event in five, as the mission query needs them common. */
    private static final List<Plot> PLOTS = List.of(
            new Plot(EventType.INVITATION, "{A} invited {B} to visit {P} {D}.", ParticipantRole.INVITER, ParticipantRole.INVITEE),
            new Plot(EventType.MEETING, "{A} met {B} in {P} {D}.", ParticipantRole.PARTICIPANT, ParticipantRole.PARTICIPANT),
            new Plot(EventType.VISIT, "{A} visited {P} {D}, where {B} was the host.", ParticipantRole.VISITOR, ParticipantRole.HOST),
            new Plot(EventType.AGREEMENT, "{A} and {B} signed an agreement in {P} {D}.", ParticipantRole.PARTICIPANT,
                    ParticipantRole.PARTICIPANT),
            new Plot(EventType.ACCUSATION, "{A} accused {B} of misleading voters in {P} {D}.", ParticipantRole.SUBJECT,
                    ParticipantRole.TARGET));

    /** An event already in the graph, for later articles to report again. */
    private record Reported(long id, Plot plot, Member first, Member second, Member place, LocalDate date) {
    }

    private final Cast cast;
    private final Ids ids;
    private final CopyTables tables;
    private final LocalDate firstDay;
    private final double daysPerArticle;
    private final List<Reported> recent = new ArrayList<>();

    NewsWriter(Cast cast, Ids ids, CopyTables tables, LocalDate firstDay, LocalDate lastDay, int articles) {
        this.cast = cast;
        this.ids = ids;
        this.tables = tables;
        this.firstDay = firstDay;
        this.daysPerArticle = (lastDay.toEpochDay() - firstDay.toEpochDay()) / (double) articles;
    }

    void write(int index, SplittableRandom random) {
        long article = ids.next();
        LocalDate published = firstDay.plusDays((long) (index * daysPerArticle));
        Body body = new Body(article);
        List<Reported> events = new ArrayList<>();
        for (int e = 0; e < 3; e++) {
            Reported event = recent.isEmpty() || random.nextInt(3) > 0 ? newEvent(random, published) : again(random);
            events.add(events.contains(event) ? newEvent(random, published) : event); // an article reports an event once
        }
        Set<Member> speakers = new LinkedHashSet<>();
        for (Reported event : events) {
            String dateText = dateText(event.date());
            int from = body.length();
            body.sentence(event.plot().template(), event.first(), event.second(), event.place(), dateText);
            tables.row(Table.EVENT_REPORT, event.id(), article, dateText, body.since(from));
            long quote = body.quote(event.first(), sentence(random, 8, 20));
            tables.row(Table.QUOTE_EVENT, quote, event.id());
            speakers.add(event.first());
            filler(body, random, 2);
        }
        for (int q = 0; q < 2; q++) {
            Member someone = random.nextBoolean() ? cast.person(random) : speakers.iterator().next();
            body.quote(someone, sentence(random, 8, 20));
            filler(body, random, 2);
        }
        Member organization = cast.organization(random);
        body.sentence("{A} declined to comment on {B} last week.", organization, cast.person(random), null, null);
        while (body.words() < WORDS_PER_ARTICLE) {
            filler(body, random, 1);
        }
        Cast.Outlet outlet = cast.outlet(random);
        String title = events.get(0).first().shortName() + ": " + sentence(random, 4, 8) + " (" + index + ")";
        tables.row(Table.ARTICLE, article, title, body.text(), "https://" + outlet.domain() + "/news/" + index, published,
                outlet.id(), ContentHash.of(outlet.name(), title, body.text()), published.atStartOfDay().toInstant(ZoneOffset.UTC));
        tables.row(Table.ARTICLE_AUTHOR, article, 0, cast.people.get(random.nextInt(cast.people.size())).id());
        body.writeRows(published);
    }

    private Reported newEvent(SplittableRandom random, LocalDate published) {
        Member first = cast.person(random);
        Member second = cast.person(random);
        while (second == first) {
            second = cast.person(random);
        }
        Member place = cast.place(random);
        LocalDate date = published.minusDays(random.nextInt(7));
        Plot plot = PLOTS.get(random.nextInt(PLOTS.size()));
        long id = ids.next();
        String summary = plot.template().replace("{A}", first.shortName()).replace("{B}", second.shortName())
                .replace("{P}", place.name()).replace(" {D}", "").replace(".", "");
        tables.row(Table.EVENT, id, plot.type(), summary, date, date, "DAY", dateText(date), place.id());
        tables.row(Table.EVENT_PARTICIPANT, id, first.id(), plot.firstRole());
        tables.row(Table.EVENT_PARTICIPANT, id, second.id(), plot.secondRole());
        Reported event = new Reported(id, plot, first, second, place, date);
        recent.add(event);
        if (recent.size() > RECENT_EVENTS) {
            recent.remove(random.nextInt(recent.size()));
        }
        return event;
    }

    private static String dateText(LocalDate date) {
        return "on " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private Reported again(SplittableRandom random) {
        return recent.get(random.nextInt(recent.size()));
    }

    private static void filler(Body body, SplittableRandom random, int sentences) {
        for (int i = 0; i < sentences; i++) {
            body.plain(sentence(random, 10, 22) + ".");
        }
    }

    /** Words that read like news to full-text search: content words joined by common ones. */
    private static String sentence(SplittableRandom random, int shortest, int longest) {
        int length = shortest + random.nextInt(longest - shortest + 1);
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String word = i % 2 == 0 ? WORDS[random.nextInt(WORDS.length)] : LINKS[random.nextInt(LINKS.length)];
            words.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return words.toString();
    }

    /** An article body as it grows, with the mentions and quotes at their offsets. */
    private final class Body {
        private final long article;
        private final StringBuilder text = new StringBuilder();
        private final Set<Member> named = new HashSet<>();
        private final List<Object[]> mentions = new ArrayList<>();
        private final List<Object[]> quotes = new ArrayList<>();
        private int words;

        Body(long article) {
            this.article = article;
        }

        int length() {
            return text.length();
        }

        int words() {
            return words;
        }

        String text() {
            return text.toString();
        }

        String since(int from) {
            return text.substring(from).strip();
        }

        void plain(String sentence) {
            separate(false);
            text.append(sentence);
            words += sentence.split(" ").length;
        }

        /** A sentence from a template: {A} and {B} are named, {P} is a place, {D} the date words. */
        void sentence(String template, Member a, Member b, Member place, String dateText) {
            separate(true);
            String[] parts = template.split("(?=\\{)|(?<=})");
            for (String part : parts) {
                switch (part) {
                    case "{A}" -> name(a);
                    case "{B}" -> name(b);
                    case "{P}" -> name(place);
                    case "{D}" -> text.append(dateText);
                    default -> text.append(part);
                }
            }
            words += template.split(" ").length + 2;
        }

        /** “…,” Name said. The quote's offsets are those of its words, inside the marks. */
        long quote(Member speaker, String words) {
            separate(true);
            text.append('“');
            int start = text.length();
            text.append(words);
            int end = text.length();
            text.append(",” ");
            name(speaker);
            text.append(" said.");
            long id = ids.next();
            quotes.add(new Object[] { id, article, words, start, end, false, speaker.id(), null, "speech-verb-after", 0.95 });
            this.words += words.split(" ").length + 2;
            return id;
        }

        private void name(Member member) {
            boolean first = named.add(member);
            String title = first ? member.title() : null;
            if (title != null) {
                text.append(title).append(' ');
            }
            int start = text.length();
            String written = first ? member.name() : member.shortName();
            text.append(written);
            mentions.add(new Object[] { ids.next(), article, member.id(), start, text.length(), written, title });
        }

        /** News copy starts a paragraph for each event it reports and each quote; the rest runs on. */
        private void separate(boolean paragraph) {
            if (!text.isEmpty()) {
                text.append(paragraph ? "\n\n" : " ");
            }
        }

        void writeRows(LocalDate published) {
            mentions.forEach(row -> tables.row(Table.MENTION, row));
            for (Object[] row : quotes) {
                Object[] withDate = Arrays.copyOf(row, row.length + 1);
                withDate[row.length] = published;
                tables.row(Table.QUOTE, withDate);
            }
        }
    }
}
