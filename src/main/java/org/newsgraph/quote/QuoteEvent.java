package org.newsgraph.quote;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A quote that belongs to an event: Putin's “our invitation to visit Russia” to the invitation. */
@Entity
@IdClass(QuoteEvent.Key.class)
public class QuoteEvent extends PanacheEntityBase {

    @Id
    public Long quoteId;

    @Id
    public Long eventId;

    public record Key(Long quoteId, Long eventId) {
    }

    public static QuoteEvent of(Long quoteId, Long eventId) {
        QuoteEvent link = new QuoteEvent();
        link.quoteId = quoteId;
        link.eventId = eventId;
        return link;
    }
}
