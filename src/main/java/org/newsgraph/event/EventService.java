package org.newsgraph.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.newsgraph.article.Article;
import org.newsgraph.entity.GraphEntity;
import org.newsgraph.entity.NameLookup;
import org.newsgraph.entity.NamedEntity;
import org.newsgraph.graphql.Batches;
import org.newsgraph.graphql.LatestFirst;
import org.newsgraph.graphql.Listing;
import org.newsgraph.graphql.Page;
import org.newsgraph.graphql.PageRequest;
import org.newsgraph.graphql.Where;
import org.newsgraph.quote.Quote;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventService {

    static final String CONNECTION = "events";
    private static final LatestFirst<Event> LATEST_FIRST = new LatestFirst<>("date", e -> e.date);
    private static final Comparator<Event> LATEST_FIRST_ORDER = Comparator
            .comparing((Event e) -> e.date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(e -> e.id, Comparator.reverseOrder());

    @Inject
    NameLookup names;

    public Optional<Event> find(long id) {
        return Event.findByIdOptional(id);
    }

    public EventConnection list(EventFilter filter, PageRequest request) {
        Optional<Listing<Event>> listing = listing(filter);
        if (listing.isEmpty()) {
            return new EventConnection(Page.empty(), request, () -> 0);
        }
        return new EventConnection(LATEST_FIRST.page(listing.get(), request), request, listing.get()::count);
    }

    /** The events that pass the filter; empty when a name in it means nobody we know. */
    private Optional<Listing<Event>> listing(EventFilter filter) {
        boolean inOneRole = filter.participant() != null && filter.role() != null;
        Where where = new Where();
        if (filter.type() != null) {
            where.and((inOneRole ? "p.eventType" : "e.type") + " = :type", "type", filter.type());
        }
        if (filter.participant() != null) {
            Optional<NamedEntity> participant = names.find(filter.participant(), NameLookup.ANY_KIND);
            if (participant.isEmpty()) {
                return Optional.empty();
            }
            where.with("participant", participant.get().id);
        }
        if (filter.role() != null) {
            where.with("role", filter.role());
        }
        if (inOneRole) {
            where.and("p.entityId = :participant and p.role = :role");
        } else if (filter.participant() != null || filter.role() != null) {
            String byWhom = filter.participant() != null ? " and p.entityId = :participant" : "";
            String inRole = filter.role() != null ? " and p.role = :role" : "";
            where.and("exists (from Participant p where p.eventId = e.id" + byWhom + inRole + ")");
        }
        if (filter.place() != null) {
            Optional<NamedEntity> place = names.find(filter.place(), NameLookup.PLACES);
            if (place.isEmpty()) {
                return Optional.empty();
            }
            where.and("e.placeId = :place", "place", place.get().id);
        }
        if (filter.from() != null) {
            where.and("e.dateEnd >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            where.and("e.date <= :to", "to", filter.to());
        }
        return Optional.of(inOneRole ? throughParticipant(where) : new Listing<>(Event.class, "e", where));
    }

    /**
     * The events of one participant in one role, read from the participant rows, which carry their event's
     * type and date in an index already in the order pages take (V4): a page costs its own rows however
     * many events the person took part in. (A participant in one role appears once per event.)
     */
    private static Listing<Event> throughParticipant(Where where) {
        Map<String, String> copies = Map.of("date", "p.eventDate", "id", "p.eventId");
        return new Listing<>(Event.class, "e", "Participant p join Event e on e.id = p.eventId", where,
                field -> Objects.requireNonNull(copies.get(field), () -> "participant rows hold no copy of " + field));
    }

    public List<List<Participant>> participantsOf(List<Event> events, ParticipantRole role) {
        List<Participant> participants = Participant.findByEvents(Batches.keys(events, e -> e.id)).stream()
                .filter(p -> role == null || p.role == role)
                .toList();
        return Batches.group(events, e -> e.id, participants, p -> p.eventId);
    }

    public List<List<EventReport>> reportsOf(List<Event> events) {
        return Batches.group(events, e -> e.id, EventReport.findByEvents(Batches.keys(events, e -> e.id)), r -> r.eventId);
    }

    /** For each article, the events it reports, in the order they happened. */
    public List<List<Event>> reportedIn(List<Article> articles, EventType type) {
        return Batches.groupRows(articles, a -> a.id, rows("""
                select r.articleId, e from EventReport r join Event e on e.id = r.eventId
                where any_of(:parents, r.articleId) and (:type is null or e.type = :type)
                order by e.date nulls last, e.id""", Batches.keys(articles, a -> a.id), type).getResultList(), Event.class);
    }

    /**
     * For each entity, the events it takes part in (in that role, if given) and, when no role is asked
     * for, the events that happen there; latest first.
     */
    public List<List<Event>> involving(List<GraphEntity> entities, EventType type, ParticipantRole role) {
        var ids = Batches.keys(entities, GraphEntity::getId);
        List<Object[]> rows = new ArrayList<>(rows("""
                select p.entityId, e from Participant p join Event e on e.id = p.eventId
                where any_of(:parents, p.entityId) and (:type is null or e.type = :type) and (:role is null or p.role = :role)""",
                ids, type).setParameter("role", role).getResultList());
        if (role == null) {
            rows.addAll(rows("select e.placeId, e from Event e where any_of(:parents, e.placeId) and (:type is null or e.type = :type)",
                    ids, type).getResultList());
        }
        return Batches.groupRows(entities, GraphEntity::getId, rows, Event.class).stream()
                .map(events -> new LinkedHashSet<>(events).stream().sorted(LATEST_FIRST_ORDER).toList())
                .toList();
    }

    public List<List<Event>> ofQuotes(List<Quote> quotes) {
        return Batches.groupRows(quotes, q -> q.id, Event.getEntityManager().createQuery("""
                select l.quoteId, e from QuoteEvent l join Event e on e.id = l.eventId
                where any_of(:quotes, l.quoteId) order by e.date nulls last, e.id""", Object[].class)
                .setParameter("quotes", Batches.keys(quotes, q -> q.id).toArray(Long[]::new))
                .getResultList(), Event.class);
    }

    private static TypedQuery<Object[]> rows(String hql, List<Long> parents, EventType type) {
        return Event.getEntityManager().createQuery(hql, Object[].class)
                .setParameter("parents", parents.toArray(Long[]::new))
                .setParameter("type", type);
    }
}
