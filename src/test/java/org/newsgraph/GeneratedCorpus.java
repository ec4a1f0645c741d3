package org.newsgraph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.newsgraph.entity.EntityKind;
import org.newsgraph.event.DatePrecision;
import org.newsgraph.event.EventType;
import org.newsgraph.event.ParticipantRole;
import org.newsgraph.ingest.AnnotatedArticle;
import org.newsgraph.ingest.AnnotatedArticle.EntityAnnotation;
import org.newsgraph.ingest.AnnotatedArticle.EventAnnotation;
import org.newsgraph.ingest.AnnotatedArticle.MentionAnnotation;
import org.newsgraph.ingest.AnnotatedArticle.ParticipantAnnotation;
import org.newsgraph.ingest.AnnotatedArticle.QuoteAnnotation;
import org.newsgraph.ingest.ArticleInput;

/**
 * A deterministic corpus of small annotated articles: in each, one of forty people meets another in
 * one of ten cities, and says something about it. Every article has the same shape, so that a query
 * over ten of them and over a thousand differ only in how many rows they return.
 */
final class GeneratedCorpus {

    private static final String[] PEOPLE = { "Ada Byron", "Alan Turing", "Grace Hopper", "Edsger Dijkstra",
            "Barbara Liskov", "Donald Knuth", "Frances Allen", "John Backus", "Niklaus Wirth", "Tony Hoare",
            "Leslie Lamport", "Radia Perlman", "Ken Thompson", "Dennis Ritchie", "Margaret Hamilton", "Jean Sammet",
            "Adele Goldberg", "Alan Kay", "Butler Lampson", "Fran Bilas", "Kathleen Booth", "John McCarthy",
            "Ivan Sutherland", "Shafi Goldwasser", "Silvio Micali", "Robin Milner", "Peter Naur", "Ole-Johan Dahl",
            "Kristen Nygaard", "Judea Pearl", "Whitfield Diffie", "Martin Hellman", "Ron Rivest", "Adi Shamir",
            "Len Adleman", "Vint Cerf", "Bob Kahn", "Jim Gray", "Mike Stonebraker", "Ted Codd" };
    private static final String[] CITIES = { "Lisbon", "Oslo", "Tallinn", "Ghent", "Turku", "Bergen", "Porto",
            "Delft", "Aarhus", "Graz" };

    private GeneratedCorpus() {
    }

    static List<AnnotatedArticle> articles(int count) {
        List<AnnotatedArticle> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(article(i));
        }
        return articles;
    }

    private static AnnotatedArticle article(int i) {
        String speaker = PEOPLE[i % PEOPLE.length];
        String other = PEOPLE[(i * 7 + 3) % PEOPLE.length];
        if (other.equals(speaker)) {
            other = PEOPLE[(i + 1) % PEOPLE.length];
        }
        String city = CITIES[i % CITIES.length];
        String said = "Meeting number " + i + " went well";
        String body = speaker + " met " + other + " in " + city + ". “" + said + ",” " + speaker + " said afterwards.";
        LocalDate day = LocalDate.of(2020, 1, 1).plusDays(i);
        ArticleInput input = new ArticleInput("Meeting " + i + " in " + city, body, null, "Generated Wire", null, day);
        List<EntityAnnotation> entities = List.of(
                entity("speaker", EntityKind.PERSON, speaker, body, 0, body.lastIndexOf(speaker)),
                entity("other", EntityKind.PERSON, other, body, body.indexOf(other)),
                entity("city", EntityKind.PLACE, city, body, body.indexOf(city)));
        EventAnnotation meeting = new EventAnnotation("meeting", EventType.MEETING, speaker + " met " + other,
                day, DatePrecision.DAY, null, "city", null,
                List.of(new ParticipantAnnotation("speaker", ParticipantRole.PARTICIPANT),
                        new ParticipantAnnotation("other", ParticipantRole.PARTICIPANT)));
        int quoteStart = body.indexOf(said);
        QuoteAnnotation quote = new QuoteAnnotation(quoteStart, quoteStart + said.length(), said, false, "speaker", null,
                List.of("meeting"), null, null);
        return new AnnotatedArticle(input, entities, List.of(quote), List.of(meeting));
    }

    private static EntityAnnotation entity(String ref, EntityKind kind, String name, String body, int... starts) {
        List<MentionAnnotation> mentions = new ArrayList<>();
        for (int start : starts) {
            mentions.add(new MentionAnnotation(start, start + name.length(), body.substring(start, start + name.length()), null));
        }
        return new EntityAnnotation(ref, kind, name, null, null, mentions);
    }
}
