package org.newsgraph.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Lexicons;

/** The one extractor of the service: its lexicons are read once, at start. */
@ApplicationScoped
class ExtractorProducer {

    @Produces
    @Singleton
    Extractor extractor() {
        return new Extractor(Lexicons.load());
    }
}
