package org.newsgraph.event;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsgraph.graphql.StorableDate;
import org.newsgraph.graphql.Ids;
import org.newsgraph.article.Article;
import org.newsgraph.entity.GraphEntity;
import org.newsgraph.graphql.ApiConfig;
import org.newsgraph.graphql.PageRequest;
import org.newsgraph.quote.Quote;

/** Events: the queries that find them, and every field that returns them or their parts. */
@GraphQLApi
public class EventApi {

    @Inject
    EventService events;

    @Inject
    ApiConfig config;

    @Query
    @Description("One event by its id.")
    public Event event(@Id @NonNull String id) {
        return events.find(Ids.parse(id)).orElse(null);
    }

    @Query
    @NonNull
    @Description("Events, latest first. \"participant\" and \"place\" take any name of the entity; \"role\" is the"
            + " participant's role (or, alone, any participant's); \"from\" and \"to\" keep events whose date,"
            + " however fuzzy, overlaps them.")
    public EventConnection events(EventType type, String participant, ParticipantRole role, String place,
            @StorableDate LocalDate from, @StorableDate LocalDate to, Integer first, String after) {
        EventFilter filter = new EventFilter(type, participant, role, place, from, to);
        return events.list(filter, PageRequest.of(EventService.CONNECTION, filter, first, after, config));
    }

    @NonNull
    @Description("Who takes part, in which role.")
    public List<@NonNull List<@NonNull Participant>> participants(@Source List<Event> eventBatch, ParticipantRole role) {
        return events.participantsOf(eventBatch, role);
    }

    @NonNull
    @Description("Each article's report of the event: provenance, outlet by outlet.")
    public List<@NonNull List<@NonNull EventReport>> reports(@Source List<Event> eventBatch) {
        return events.reportsOf(eventBatch);
    }

    @NonNull
    @Description("The events the article reports, in the order they happened.")
    @Name("events")
    public List<@NonNull List<@NonNull Event>> eventsOfArticle(@Source List<Article> articles, EventType type) {
        return events.reportedIn(articles, type);
    }

    @NonNull
    @Description("The events it takes part in (in that role, if given) or, without a role, that happen there;"
            + " latest first.")
    @Name("events")
    public List<@NonNull List<@NonNull Event>> eventsOfEntity(@Source List<GraphEntity> entities, EventType type,
            ParticipantRole role) {
        return events.involving(entities, type, role);
    }

    @NonNull
    @Description("The events the quote belongs to.")
    @Name("events")
    public List<@NonNull List<@NonNull Event>> eventsOfQuote(@Source List<Quote> quotes) {
        return events.ofQuotes(quotes);
    }

    @Description("How many match, over all pages.")
    public int totalCount(@Source EventConnection connection) {
        return connection.countAll();
    }
}
