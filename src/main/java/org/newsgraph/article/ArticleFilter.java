package org.newsgraph.article;

import java.time.LocalDate;

/** What {@code articles(...)} was asked for; every part optional. */
public record ArticleFilter(String search, String source, LocalDate from, LocalDate to) {
}
