package org.newsgraph.corpus;

/**
 * How big each part of a corpus is, in the proportions of issue 4's newsroom: per 100,000 articles
 * about 300 outlets and 20,000 people; about 5 quotes and 3 events an article.
 */
record CorpusShape(int articles, int people, int organizations, int places, int outlets) {

    static CorpusShape of(int articles) {
        return new CorpusShape(articles, Math.max(40, articles / 5), Math.max(10, articles / 50),
                Math.max(10, articles / 200), Math.max(3, articles * 3 / 1000));
    }
}
