package org.newsgraph.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.newsgraph.entity.EntityKind;

/**
 * Who the generated news is about: people, organizations, places and outlets with made-up names (so that
 * none is a real one, and every one is distinct), each drawn with a Zipf-shaped popularity.
 */
final class Cast {

    /** An entity of the corpus; {@code shortName} is how the news refers to it after the first mention. */
    record Member(long id, EntityKind kind, String name, String shortName, String title) {
    }

    record Outlet(long id, String name, String domain) {
    }

    private static final String[] GIVEN = { "Ana", "Boris", "Carmen", "Dmitri", "Elena", "Farid", "Grace", "Hassan",
            "Ines", "Jonas", "Kamala", "Lars", "Maria", "Nikolai", "Olga", "Pablo", "Qiu", "Rania", "Sergei", "Tomas",
            "Ursula", "Viktor", "Wen", "Xavier", "Yara", "Zoltan", "Amara", "Bruno", "Chloe", "Diego", "Emeka", "Fatima",
            "Giorgio", "Hana", "Ivan", "Julia", "Kofi", "Leila", "Marco", "Nadia", "Omar", "Priya", "Rafael", "Sofia",
            "Tariq", "Vera", "Yusuf", "Zainab" };
    private static final String[] SYLLABLES = { "ka", "lo", "ven", "dra", "mi", "tor", "sa", "bel", "ru", "an", "ko",
            "ni", "vel", "ho", "ber", "ta", "lin", "do", "mar", "is", "gu", "pre", "sto", "zan", "fe", "ril", "mo", "que" };
    private static final String[] PERSON_TITLES = { "President", "Prime Minister", "Foreign Minister", "Mayor",
            "Governor", "Senator", "Chief Executive", "General", "Ambassador", "Minister" };
    private static final String[] ORGANIZATION_WORDS = { "Ministry", "Council", "Group", "Bank", "Institute", "Party",
            "Union", "Agency", "Foundation", "Commission" };
    private static final String[] MASTHEADS = { "Herald", "Times", "Post", "Gazette", "Chronicle", "Courier",
            "Observer", "Tribune", "Journal", "Record" };

    final List<Member> people = new ArrayList<>();
    final List<Member> organizations = new ArrayList<>();
    final List<Member> places = new ArrayList<>();
    final List<Outlet> outlets = new ArrayList<>();
    private final Zipf peopleByFame;
    private final Zipf organizationsByFame;
    private final Zipf placesByFame;
    private final Zipf outletsBySize;
    private final Set<String> taken = new HashSet<>();

    Cast(CorpusShape shape, Ids ids, SplittableRandom random) {
        for (int i = 0; i < shape.people(); i++) {
            String surname = unique(random, 2 + random.nextInt(2));
            String title = i < shape.people() / 20 ? PERSON_TITLES[random.nextInt(PERSON_TITLES.length)] : null;
            people.add(new Member(ids.next(), EntityKind.PERSON, GIVEN[random.nextInt(GIVEN.length)] + " " + surname,
                    surname, title));
        }
        for (int i = 0; i < shape.organizations(); i++) {
            String name = unique(random, 2) + " " + ORGANIZATION_WORDS[random.nextInt(ORGANIZATION_WORDS.length)];
            organizations.add(new Member(ids.next(), EntityKind.ORGANIZATION, name, name, null));
        }
        for (int i = 0; i < shape.places(); i++) {
            String name = unique(random, 2 + random.nextInt(2));
            places.add(new Member(ids.next(), i < shape.places() / 10 ? EntityKind.COUNTRY : EntityKind.PLACE, name, name, null));
        }
        for (int i = 0; i < shape.outlets(); i++) {
            String town = unique(random, 2);
            String masthead = MASTHEADS[random.nextInt(MASTHEADS.length)];
            outlets.add(new Outlet(ids.next(), "The " + town + " " + masthead,
                    (town + masthead).toLowerCase() + ".example"));
        }
        peopleByFame = new Zipf(people.size(), 0.8); // the most popular in about a fifth of the articles
        organizationsByFame = new Zipf(organizations.size(), 1.0);
        placesByFame = new Zipf(places.size(), 1.0);
        outletsBySize = new Zipf(outlets.size(), 0.8);
    }

    Member person(SplittableRandom random) {
        return people.get(peopleByFame.draw(random));
    }

    Member organization(SplittableRandom random) {
        return organizations.get(organizationsByFame.draw(random));
    }

    Member place(SplittableRandom random) {
        return places.get(placesByFame.draw(random));
    }

    Outlet outlet(SplittableRandom random) {
        return outlets.get(outletsBySize.draw(random));
    }

    /** A capitalised word of syllables that no other member of the cast has; longer when short ones run out. */
    private String unique(SplittableRandom random, int syllables) {
        for (int attempt = 0;; attempt++) {
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < syllables + attempt / 20; i++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            String name = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            if (taken.add(name)) {
                return name;
            }
        }
    }
}
