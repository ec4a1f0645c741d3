package org.newsgraph;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Ingests that race each other still store each article, outlet and person once. */
@QuarkusTest
class ConcurrentIngestTest {

    private static final int CLIENTS = 8;

    @Test
    void theSameArticleSentEightTimesAtOnceIsStoredOnce() throws Exception {
        int before = Articles.count();
        List<String> ids = all(i -> Articles.ingest("Simultaneous", "Sent by eight clients at once.", "Race Desk " + 1, null));
        assertEquals(1, new HashSet<>(ids).size(), "every client gets the one article");
        assertEquals(before + 1, Articles.count());
    }

    @Test
    void eightArticlesNamingTheSameNewPersonAtOnceCreateOnePerson() throws Exception {
        all(i -> GraphQL.data("mutation($input: ArticleInput!) { ingestArticle(input: $input) { id } }",
                Map.of("input", Map.of("title", "Column " + i, "body", "This is column number " + i + ".", "source", "Race Desk " + i,
                        "authors", List.of("Zelda Twinning")))).getString("ingestArticle.id"));
        GraphQL.post("{ people(search: \"zelda twinning\") { totalCount } }").body("data.people.totalCount", equalTo(1));
        GraphQL.post("{ person(name: \"Zelda Twinning\") { articles { id } } }").body("errors", equalTo(null));
    }

    @Test
    void articlesNamingTheSamePeopleInOppositeOrdersAtOnceAreAllStored() throws Exception {
        List<String> people = List.of("Orla Fenwick-Mbeki", "Tadeusz Quarrie", "Ysolde Harrowgate", "Benedikt Olusanya");
        int before = Articles.count();
        List<String> ids = all(i -> {
            List<String> order = new ArrayList<>(people);
            Collections.rotate(order, i);
            if (i % 2 == 1) {
                Collections.reverse(order);
            }
            String body = "Minister " + String.join(" met Minister ", order) + " in Tallinn on day " + i + ".";
            return Articles.ingest("Round " + i, body, "Race Desk " + i, null);
        });
        assertEquals(CLIENTS, new HashSet<>(ids).size());
        assertEquals(before + CLIENTS, Articles.count());
        for (String person : people) {
            GraphQL.post("{ people(search: \"" + person + "\") { totalCount } }").body("data.people.totalCount", equalTo(1));
        }
    }

    @Test
    void replacingAReadingWaitsForAWriterStillReferringToItsEntityAndKeepsIt() throws Exception {
        String body = "“The ferry will run again,” Mayor Ilse Vandermeer said in Porto Covo. Her deputy, Rui Abrantes, agreed.";
        String article = Articles.ingest("Ferry returns", body, "Alentejo Post", "2031-05-02");
        Config config = ConfigProvider.getConfig();
        try (Connection writer = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres"),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse("postgres"))) {
            writer.setAutoCommit(false);
            // another article's ingest refers to the extractor's place and has not committed yet
            try (PreparedStatement mention = writer.prepareStatement("insert into mention (id, article_id, entity_id,"
                    + " start_offset, end_offset, text) select nextval('node_id_seq'), (select min(id) from article),"
                    + " (select id from entity where name = 'Porto Covo'), 0, 10, 'Porto Covo'")) {
                assertEquals(1, mention.executeUpdate());
            }
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<?> replacing = pool.submit(() -> new AnnotatedDocument("Ferry returns", body, "Alentejo Post", "2031-05-02")
                        .entity("mayor", "PERSON", "Ilse Vandermeer", "Ilse Vandermeer")
                        .quote("The ferry will run again", "mayor")
                        .importIt("{ id }")
                        .body("errors", nullValue())
                        .body("data.importAnnotatedArticle.id", equalTo(article)));
                Thread.sleep(1000); // the replacement reaches the place, which the writer holds
                writer.commit();
                replacing.get();
            } finally {
                pool.shutdownNow();
            }
        }
        GraphQL.post("{ entity(name: \"Porto Covo\") { name } }").body("data.entity.name", equalTo("Porto Covo"));
    }

    private interface Call {
        String run(int client) throws Exception;
    }

    private static List<String> all(Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                futures.add(pool.submit((Callable<String>) () -> call.run(client)));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
