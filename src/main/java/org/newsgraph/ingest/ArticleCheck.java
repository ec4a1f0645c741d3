package org.newsgraph.ingest;

import java.net.URI;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsgraph.entity.NameKey;
import org.newsgraph.extract.Prose;
import org.newsgraph.graphql.BadUserInputException;

/**
 * Refuses an article that cannot be stored, before any transaction starts or any extraction runs.
 */
@ApplicationScoped
public class ArticleCheck {

    @Inject
    IngestConfig config;

    /** What Bean Validation cannot say: limits from configuration, and text PostgreSQL cannot store. */
    public void check(ArticleInput input) {
        if (input.body().length() > config.maxBodyLength()) {
            throw new BadUserInputException("The body has " + input.body().length() + " characters; the limit is "
                    + config.maxBodyLength());
        }
        Prose.problem(input.body()).ifPresent(problem -> {
            throw new BadUserInputException("The body does not read as prose: " + problem);
        });
        if (NameKey.of(input.source() == null ? "x" : input.source()).isEmpty()) {
            throw new BadUserInputException("\"source\" needs letters or digits");
        }
        boolean hasNul = Stream.concat(Stream.of(input.title(), input.body(), input.url(), input.source()),
                input.authorNames().stream()).anyMatch(text -> text != null && text.indexOf('\0') >= 0);
        if (hasNul) {
            throw new BadUserInputException("The article contains a NUL character (\\u0000), which cannot be stored");
        }
        if (input.url() != null) {
            try {
                URI.create(input.url());
            } catch (IllegalArgumentException e) {
                throw new BadUserInputException("\"url\" is not a valid URL: " + e.getMessage());
            }
        }
    }
}
