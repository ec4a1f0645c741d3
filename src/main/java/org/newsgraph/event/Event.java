package org.newsgraph.event;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.graphql.GraphNode;

@Entity
@Description("Something that happened, or was announced, as one or more articles report it.")
public class Event extends GraphNode {

    @NonNull
    @Enumerated(EnumType.STRING)
    public EventType type;

    @NonNull
    @Description("One sentence saying what happened.")
    public String summary;

    @Description("The first day of the event's date; see datePrecision for how much of it is known.")
    public LocalDate date;

    @Ignore
    public LocalDate dateEnd;

    @Enumerated(EnumType.STRING)
    public DatePrecision datePrecision;

    @Description("The words that dated it: \"on Thursday\", \"in September\".")
    public String dateText;

    @Ignore
    public Long placeId;

    /** Dates the event, widening the date to the whole month or year it stands for. */
    public void setDate(LocalDate day, DatePrecision precision) {
        date = precision.firstDay(day);
        dateEnd = precision.lastDay(day);
        datePrecision = precision;
    }

    /** Two dates are compatible when the periods they stand for overlap; an unknown date fits any. */
    public boolean dateCompatibleWith(LocalDate otherStart, LocalDate otherEnd) {
        return date == null || otherStart == null || (!date.isAfter(otherEnd) && !otherStart.isAfter(dateEnd));
    }

}
