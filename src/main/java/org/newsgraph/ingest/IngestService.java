package org.newsgraph.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;

/**
 * Ingests a raw article: stores it, reads its people, quotes and events with the extractor, and adds
 * them to the graph through the same import as hand annotations, resolved against what the graph
 * holds. All of it in one transaction, or nothing. The same article twice changes nothing.
 */
@ApplicationScoped
public class IngestService {

    @Inject
    ArticleStore store;

    @Inject
    Extractor extractor;

    @Inject
    AnnotationImport annotations;

    /** The article, and whether this call stored it (rather than finding it stored before). */
    @Transactional
    public ArticleStore.Stored ingest(@NotNull @Valid ArticleInput input) {
        ArticleStore.Stored stored = store.store(input);
        if (stored.created()) {
            Extraction extraction = extractor.extract(input.body(), input.publishedAt());
            annotations.annotate(stored.article(), ExtractedAnnotations.of(input, extraction));
        }
        return stored;
    }
}
