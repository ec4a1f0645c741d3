package org.newsgraph.quote;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How a quote's speaker was found, and how sure that is.")
public record QuoteAttribution(
        @NonNull @Description("The extractor's sieve that decided (\"speech-verb-after\" for “…,” Putin said),"
                + " \"annotation\" for a speaker imported annotations gave (a person's or a newsroom's own NLP),"
                + " or \"editor\" for one an editor set with attributeQuote.") String method,
        @Description("From 0 to 1.") double confidence) {
}
