package org.newsgraph.extract.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

import org.newsgraph.event.DatePrecision;
import org.newsgraph.extract.Lexicons;
import org.newsgraph.extract.Lexicons.TimeWord;
import org.newsgraph.extract.text.Document;
import org.newsgraph.extract.text.Sentence;
import org.newsgraph.extract.text.Token;
import org.newsgraph.extract.text.TokenKind;

/**
 * Finds the dates a sentence gives, and reads them against the day the article was published: "on
 * Thursday" in an article of Friday 2018-06-15 is 2018-06-14, "in September" is September of that year
 * (or of the next, when the sentence speaks of what will happen), "June 12" is June 12 of the year that
 * makes it nearest in the sentence's direction, "In 2015" is the year, and "that same year" the year the
 * story last named. Without a publication day only dates that carry their year are dated; the words
 * are kept either way.
 */
public final class DateFinder {

    /** Words that put a sentence in the future: "will travel", "is expected to", "next month". */
    private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll", "expected", "scheduled", "plans",
            "upcoming", "next", "intends");
    /** Words that put a sentence in the future only before "to": "is due to", "is set to", "is going to". */
    private static final Set<String> FUTURE_BEFORE_TO = Set.of("due", "set", "going", "planned", "plan");
    private static final Set<String> YEAR_REFERENCES = Set.of("that same year", "the same year", "that year",
            "the following year", "the previous year");

    private final Lexicons lexicons;

    public DateFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /**
     * A date in the text: where, its words, the first day it stands for and how much of it is known (both
     * null when only the day of publication could tell).
     */
    public record DateMention(int first, int last, String text, LocalDate date, DatePrecision precision) {
    }

    /**
     * The dates of a sentence.
     *
     * @param quoted whether a token is inside a quote: the reporter's tense, not the speaker's, says when
     */
    public List<DateMention> find(Document document, Sentence sentence, IntPredicate quoted) {
        List<DateMention> dates = new ArrayList<>();
        boolean future = isFuture(document, sentence, quoted);
        for (int i = sentence.first(); i <= sentence.last(); i++) {
            Optional<DateMention> date = dateAt(document, sentence, i, future);
            if (date.isPresent()) {
                dates.add(date.get());
                i = date.get().last();
            }
        }
        return dates;
    }

    private Optional<DateMention> dateAt(Document document, Sentence sentence, int i, boolean future) {
        Token token = document.token(i);
        LocalDate published = document.publishedAt();
        Optional<DateMention> reference = yearReference(document, sentence, i);
        if (reference.isPresent()) {
            return reference;
        }
        if (token.kind() == TokenKind.NUMBER && isYear(token)) {
            int first = i > sentence.first() && document.token(i - 1).is("in") ? i - 1 : i;
            return Optional.of(mention(document, first, i, LocalDate.of(Integer.parseInt(token.text()), 1, 1), DatePrecision.YEAR));
        }
        Optional<TimeWord> word = lexicons.timeWord(token.text());
        if (word.isEmpty() || !token.isCapitalized()) { // "may" is no month, "march" no month either
            return relative(document, sentence, i);
        }
        int first = i > sentence.first() && Set.of("on", "in", "last", "this", "next").contains(document.token(i - 1).lower()) ? i - 1 : i;
        String modifier = first < i ? document.token(first).lower() : "";
        return switch (word.get().kind()) {
            case "weekday" -> monthFollows(document, sentence, i) ? Optional.empty() // "Thursday, March 21": the date says it
                    : Optional.of(published == null ? undated(document, first, i) : mention(document, first, i,
                            weekday(published, DayOfWeek.of(Integer.parseInt(word.get().value())), modifier,
                                    future || modifier.equals("next")), DatePrecision.DAY));
            case "month" -> month(document, sentence, first, i, Month.of(Integer.parseInt(word.get().value())), future);
            default -> relative(document, sentence, i);
        };
    }

    /** "September", "June 12", "June 12, 2018", "12 June", "September 2018". */
    private Optional<DateMention> month(Document document, Sentence sentence, int first, int at, Month month, boolean future) {
        LocalDate published = document.publishedAt();
        int last = at;
        Integer day = null;
        Integer year = null;
        if (at + 1 <= sentence.last() && isDayOfMonth(document.token(at + 1))) {
            day = Integer.parseInt(document.token(at + 1).text().replaceAll("\\D", ""));
            last = at + 1;
        } else if (first == at && at - 1 >= sentence.first() && isDayOfMonth(document.token(at - 1))) {
            day = Integer.parseInt(document.token(at - 1).text().replaceAll("\\D", ""));
            first = at - 1;
        }
        int yearAt = last + 1 < document.size() && document.token(last + 1).text().equals(",") ? last + 2 : last + 1;
        if (yearAt <= sentence.last() && document.token(yearAt).kind() == TokenKind.NUMBER && isYear(document.token(yearAt))) {
            year = Integer.parseInt(document.token(yearAt).text());
            last = yearAt;
        }
        if (year == null && published == null) {
            return Optional.of(undated(document, first, last));
        }
        int resolvedYear = year != null ? year : nearestYear(published, month, day == null ? 1 : day, future);
        if (day != null && day > month.length(java.time.Year.isLeap(resolvedYear))) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.of(resolvedYear, month, day == null ? 1 : day);
        return Optional.of(mention(document, first, last, date, day == null ? DatePrecision.MONTH : DatePrecision.DAY));
    }

    /** The year that puts a month and day nearest the publication day, before it or, for the future, after. */
    private static int nearestYear(LocalDate published, Month month, int day, boolean future) {
        LocalDate thisYear = LocalDate.of(published.getYear(), month, Math.min(day, month.length(published.isLeapYear())));
        if (future) {
            return thisYear.plusMonths(1).isBefore(published) ? published.getYear() + 1 : published.getYear();
        }
        return thisYear.minusMonths(1).isAfter(published) ? published.getYear() - 1 : published.getYear();
    }

    /** "yesterday", "last month", "next year", "this week". */
    private Optional<DateMention> relative(Document document, Sentence sentence, int i) {
        LocalDate published = document.publishedAt();
        for (int length = 4; length >= 1; length--) {
            int last = i + length - 1;
            if (last > sentence.last()) {
                continue;
            }
            Optional<TimeWord> word = lexicons.timeWord(document.text(document.token(i), document.token(last)));
            if (word.isPresent() && word.get().kind().equals("relative")) {
                return published == null ? Optional.of(undated(document, i, last))
                        : offset(word.get().value(), published).map(d -> mention(document, i, last, d.date(), d.precision()));
            }
        }
        return Optional.empty();
    }

    private record Dated(LocalDate date, DatePrecision precision) {
    }

    /** "day:-1", "month:+1", "year:0": a unit and an offset from the publication day. */
    private static Optional<Dated> offset(String value, LocalDate published) {
        String[] parts = value.split(":");
        if (parts.length != 2) {
            return Optional.empty();
        }
        int amount;
        try {
            amount = Integer.parseInt(parts[1].replace("+", ""));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return switch (parts[0]) {
            case "day" -> Optional.of(new Dated(published.plusDays(amount), DatePrecision.DAY));
            case "month" -> Optional.of(new Dated(published.plusMonths(amount).withDayOfMonth(1), DatePrecision.MONTH));
            case "year" -> Optional.of(new Dated(published.plusYears(amount).withDayOfYear(1), DatePrecision.YEAR));
            default -> Optional.empty(); // a week is no precision we keep: the words stay, the date does not
        };
    }

    /** "that same year": the year the story named last, before this sentence. */
    private Optional<DateMention> yearReference(Document document, Sentence sentence, int i) {
        for (int length = 3; length >= 2; length--) {
            if (i + length - 1 > sentence.last()) {
                continue;
            }
            String words = document.text(document.token(i), document.token(i + length - 1)).toLowerCase();
            if (YEAR_REFERENCES.contains(words)) {
                for (int back = i - 1; back >= 0; back--) {
                    Token token = document.token(back);
                    if (token.kind() == TokenKind.NUMBER && isYear(token)) {
                        int year = Integer.parseInt(token.text()) + (words.contains("following") ? 1 : words.contains("previous") ? -1 : 0);
                        return Optional.of(mention(document, i, i + length - 1, LocalDate.of(year, 1, 1), DatePrecision.YEAR));
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isFuture(Document document, Sentence sentence, IntPredicate quoted) {
        for (int i = sentence.first(); i <= sentence.last(); i++) {
            String word = document.token(i).lower();
            boolean beforeTo = i + 1 <= sentence.last() && document.token(i + 1).is("to");
            if (!quoted.test(i) && (FUTURE.contains(word) || FUTURE_BEFORE_TO.contains(word) && beforeTo)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The weekday nearest the publication day: the last one on or before it ("last Friday": before it), or
     * for the future the next one after.
     */
    private static LocalDate weekday(LocalDate published, DayOfWeek day, String modifier, boolean future) {
        if (future) {
            return published.with(TemporalAdjusters.next(day));
        }
        return published.with(modifier.equals("last") ? TemporalAdjusters.previous(day) : TemporalAdjusters.previousOrSame(day));
    }

    private boolean monthFollows(Document document, Sentence sentence, int weekday) {
        int next = weekday + 1 <= sentence.last() && document.token(weekday + 1).text().equals(",") ? weekday + 2 : weekday + 1;
        return next <= sentence.last() && document.token(next).isCapitalized()
                && lexicons.timeWord(document.token(next).text()).filter(t -> t.kind().equals("month")).isPresent();
    }

    private static boolean isYear(Token token) {
        if (!token.text().matches("\\d{4}")) {
            return false;
        }
        int year = Integer.parseInt(token.text());
        return year >= 1900 && year <= 2100;
    }

    private static boolean isDayOfMonth(Token token) {
        String digits = token.text().replaceAll("(st|nd|rd|th)$", "");
        return digits.matches("\\d{1,2}") && Integer.parseInt(digits) >= 1 && Integer.parseInt(digits) <= 31;
    }

    /** Words of a date that the day of publication would date: kept, undated. */
    private static DateMention undated(Document document, int first, int last) {
        return mention(document, first, last, null, null);
    }

    private static DateMention mention(Document document, int first, int last, LocalDate date, DatePrecision precision) {
        return new DateMention(first, last, document.text(document.token(first), document.token(last)), date, precision);
    }
}
