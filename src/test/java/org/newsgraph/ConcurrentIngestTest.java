package org.newsgraph;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
