package org.newsgraph.event;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Provenance: one article's report of an event, with what that article says of it. */
@Entity
@IdClass(EventReport.Key.class)
@Description("How one article reports an event: provenance across outlets.")
public class EventReport extends PanacheEntityBase {

    @Id
    @Ignore
    public Long eventId;

    @Id
    @Ignore
    public Long articleId;

    @Description("How this article dates the event.")
    public String dateText;

    @Description("The words of this article that report the event.")
    public String evidence;

    public record Key(Long eventId, Long articleId) {
    }

    public static EventReport of(Long eventId, Long articleId, String dateText, String evidence) {
        EventReport report = new EventReport();
        report.eventId = eventId;
        report.articleId = articleId;
        report.dateText = dateText;
        report.evidence = evidence;
        return report;
    }

    public static List<EventReport> findByEvents(Collection<Long> eventIds) {
        return list("any_of(?1, eventId) order by eventId, articleId", (Object) eventIds.toArray(Long[]::new));
    }
}
