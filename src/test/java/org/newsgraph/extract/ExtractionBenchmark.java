package org.newsgraph.extract;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.newsgraph.GeneratedNews;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction throughput on one core: articles per second and milliseconds per article, over 200
 * generated 600-word articles taken in turn. Run with {@code bench/run} (README).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExtractionBenchmark {

    private Extractor extractor;
    private List<GeneratedNews.Article> articles;
    private int next;

    @Setup
    public void load() {
        extractor = new Extractor(Lexicons.load());
        articles = GeneratedNews.articles(200, 42);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Extraction extractAnArticle() {
        GeneratedNews.Article article = articles.get(next++ % articles.size());
        return extractor.extract(article.body(), article.publishedAt());
    }
}
