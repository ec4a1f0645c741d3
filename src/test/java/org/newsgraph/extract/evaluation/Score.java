package org.newsgraph.extract.evaluation;

/**
 * Counts of an evaluation, summable over articles. Rates are computed from the counts, so a table's
 * total is the rate over all quotes, not an average of averages.
 */
record Score(int articles, int goldPeople, int foundPeople, int peopleFound, int foundPeopleRight, int falsePeople,
        int goldQuotes, int foundQuotes, int matchedQuotes, int rightSpeakers, int attributed, int attributedRight,
        int goldEvents, int foundEvents, int goldEventsFound, int foundEventsRight) {

    static final Score ZERO = new Score(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    Score plus(Score o) {
        return new Score(articles + o.articles, goldPeople + o.goldPeople, foundPeople + o.foundPeople,
                peopleFound + o.peopleFound, foundPeopleRight + o.foundPeopleRight, falsePeople + o.falsePeople,
                goldQuotes + o.goldQuotes, foundQuotes + o.foundQuotes, matchedQuotes + o.matchedQuotes,
                rightSpeakers + o.rightSpeakers, attributed + o.attributed, attributedRight + o.attributedRight,
                goldEvents + o.goldEvents, foundEvents + o.foundEvents, goldEventsFound + o.goldEventsFound,
                foundEventsRight + o.foundEventsRight);
    }

    double peoplePrecision() {
        return rate(foundPeopleRight, foundPeople);
    }

    double peopleRecall() {
        return rate(peopleFound, goldPeople);
    }

    double quotePrecision() {
        return rate(matchedQuotes, foundQuotes);
    }

    double quoteRecall() {
        return rate(matchedQuotes, goldQuotes);
    }

    /** Of the quotes found that are real quotes, how many have the right speaker (none, where none is said). */
    double speakerAccuracy() {
        return rate(rightSpeakers, matchedQuotes);
    }

    /** Of the quotes found and given a speaker, how many have the right one. */
    double attributionPrecision() {
        return rate(attributedRight, attributed);
    }

    double eventPrecision() {
        return rate(foundEventsRight, foundEvents);
    }

    double eventRecall() {
        return rate(goldEventsFound, goldEvents);
    }

    private static double rate(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }
}
