package org.newsgraph.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;

/**
 * Ingests a raw article: reads its people, quotes and events with the extractor, then stores the article
 * with that reading through the same import as hand annotations, resolved against what the graph holds.
 * The reading happens before the transaction, which then only writes: all of it, or nothing. The same
 * article twice changes nothing.
 */
@ApplicationScoped
public class IngestService {

    @Inject
    ArticleCheck articles;

    @Inject
    Extractor extractor;

    @Inject
    AnnotationImport annotations;

    /**
     * The article, and whether this call stored it (rather than finding it stored before); the history
     * records the ingest under the editor's name.
     */
    public ArticleStore.Stored ingest(@NotNull @Valid ArticleInput input, String editor) {
        articles.check(input); // before the extractor spends time on what cannot be stored
        Extraction extraction = extractor.extract(input.body(), input.publishedAt());
        return annotations.importReading(ExtractedAnnotations.of(input, extraction), editor);
    }
}
