package org.newsgraph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Generated news articles of about 600 words, for benchmarks: people with names made of random syllables
 * (so that no gazetteer knows them), with titles, quotes in the usual attribution patterns, invitations,
 * visits and meetings, dates relative to the day of publication. The same articles for the same seed.
 */
public final class GeneratedNews {

    /** An article as ingestArticle takes it. */
    public record Article(String title, String body, String source, LocalDate publishedAt) {

        /** The article as the API takes it: an ArticleInput, or a line of a bulk import. */
        public Map<String, Object> asInput() {
            Map<String, Object> input = new HashMap<>();
            input.put("title", title);
            input.put("body", body);
            input.put("source", source);
            input.put("publishedAt", publishedAt.toString());
            return input;
        }
    }

    private static final String[] SYLLABLES = { "ka", "lo", "mir", "ta", "sen", "vu", "dra", "el", "no", "bri", "san",
            "to", "rei", "va", "mun", "de", "chi", "os", "ha", "li", "ren", "gu", "fa", "zo", "ber", "ni", "qua", "lem" };
    private static final String[] TITLES = { "Minister", "President", "Mayor", "Senator", "Governor", "Chief Executive",
            "Prime Minister", "Foreign Minister", "Commissioner", "Ambassador" };
    private static final String[] CITIES = { "Lisbon", "Nairobi", "Oslo", "Lima", "Hanoi", "Accra", "Quito", "Riga",
            "Tunis", "Manila" };
    private static final String[] WEEKDAYS = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" };
    private static final String[] CLAIMS = { "the plan will create jobs for young people", "nobody was consulted about the changes",
            "the budget leaves the north behind", "the talks were open and constructive", "we expect the first results by summer",
            "the water supply is safe again", "prices will fall once the new port opens", "the decision was taken too quickly" };
    /** Sentences of background, with a number (%1$d) and a city (%2$s). */
    private static final String[] FILLER = { "The council approved %1$d new housing units in %2$s last year, according to official figures.",
            "Traffic in central %2$s has grown by %1$d percent since the bridge closed.",
            "Local businesses in %2$s reported %1$d fewer visitors during the winter months.",
            "The region has spent about %1$d million on roads and schools in %2$s over the past decade.",
            "Around %1$d people attended a public meeting in %2$s on the proposals." };

    private GeneratedNews() {
    }

    public static List<Article> articles(int count, long seed) {
        Random random = new Random(seed);
        List<Article> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(article(i, random));
        }
        return articles;
    }

    private static Article article(int number, Random random) {
        String host = name(random);
        String guest = name(random);
        String critic = name(random);
        String city = pick(CITIES, random);
        String other = pick(CITIES, random);
        String hostTitle = pick(TITLES, random);
        StringBuilder body = new StringBuilder();
        body.append(hostTitle).append(' ').append(host).append(" invited ").append(pick(TITLES, random)).append(' ')
                .append(guest).append(" to visit ").append(city).append(" on ").append(pick(WEEKDAYS, random))
                .append(", promising to “").append(pick(CLAIMS, random)).append("”.\n\n");
        body.append('“').append(sentence(random)).append(",” ").append(surname(host)).append(" said. “")
                .append(sentence(random)).append("”\n\n");
        body.append(surname(guest)).append(" accepted the invitation and said the two would meet in ").append(city)
                .append(" next month. “").append(sentence(random)).append(",” ").append(surname(guest)).append(" told ")
                .append(surname(host)).append(".\n\n");
        body.append(critic).append(", ").append(30 + random.nextInt(40)).append(", who leads the opposition in ").append(other)
                .append(", called the visit “").append(pick(CLAIMS, random)).append("”.\n\n");
        while (words(body) < 600) {
            body.append(String.format(Locale.ROOT, pick(FILLER, random), 10 + random.nextInt(990), pick(CITIES, random)))
                    .append(' ');
            if (random.nextInt(3) == 0) {
                String speaker = random.nextBoolean() ? surname(host) : surname(critic);
                body.append("“").append(sentence(random)).append(",” ").append(speaker).append(" added.");
            }
            if (random.nextInt(4) == 0) {
                body.append("\n\nAccording to ").append(surname(guest)).append(", ").append(pick(CLAIMS, random)).append('.');
            }
            body.append("\n\n");
        }
        return new Article(hostTitle + " " + surname(host) + " invites " + surname(guest) + " (" + number + ")",
                body.toString().strip(), "Generated Wire", LocalDate.of(2024, 3, 1).plusDays(number % 300));
    }

    private static String sentence(Random random) {
        String claim = pick(CLAIMS, random);
        return Character.toUpperCase(claim.charAt(0)) + claim.substring(1);
    }

    private static String name(Random random) {
        return word(random, 2) + " " + word(random, 2 + random.nextInt(2));
    }

    private static String word(Random random, int syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(pick(SYLLABLES, random));
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String surname(String name) {
        return name.substring(name.indexOf(' ') + 1);
    }

    private static String pick(String[] options, Random random) {
        return options[random.nextInt(options.length)];
    }

    private static int words(CharSequence text) {
        return text.toString().split("\\s+").length;
    }
}
