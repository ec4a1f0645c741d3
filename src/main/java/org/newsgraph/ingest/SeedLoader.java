package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;

import org.newsgraph.article.Article;
import org.newsgraph.storage.AdvisoryLock;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Gives an empty database the seed corpus, through the same import a newsroom uses; a database that
 * holds any article is left alone. Replicas starting together take turns on an advisory lock, so the
 * corpus is loaded once.
 */
@ApplicationScoped
public class SeedLoader {

    /** Who the history says ingested the seed corpus: no person did. */
    static final String EDITOR = "seed";

    @Inject
    SeedConfig config;

    @Inject
    AnnotationImport annotations;

    void onStart(@Observes StartupEvent startup) {
        if (config.enabled()) {
            seed();
        }
    }

    @Transactional
    void seed() {
        AdvisoryLock.hold("seed corpus");
        if (Article.count() > 0) {
            return;
        }
        try (Jsonb jsonb = JsonbBuilder.create()) {
            for (String document : config.documents()) {
                annotations.importDocument(jsonb.fromJson(resource(document), AnnotatedArticle.class), EDITOR);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not load the seed corpus", e);
        }
        Log.infof("Loaded the seed corpus: %d articles", config.documents().size());
    }

    private static InputStream resource(String path) {
        InputStream stream = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
        if (stream == null) {
            throw new UncheckedIOException(new IOException("No seed document " + path + " on the class path"));
        }
        return stream;
    }
}
