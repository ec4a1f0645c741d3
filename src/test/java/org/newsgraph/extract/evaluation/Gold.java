package org.newsgraph.extract.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.newsgraph.event.EventType;

/**
 * A hand-annotated article, as the evaluation compares with the extractor's reading: names as sets of
 * name keys (a name and its aliases), quotes as spans with their speaker's names.
 */
record Gold(String file, String category, String body, LocalDate publishedAt, List<Set<String>> people,
        List<Set<String>> others, List<Quote> quotes, List<Event> events) {

    /** @param speaker the speaker's name keys; empty when the article does not say who spoke */
    record Quote(int start, int end, boolean partial, Set<String> speaker) {
    }

    record Event(EventType type, List<Set<String>> participants) {
    }
}
