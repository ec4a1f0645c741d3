package org.newsgraph;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** ingestArticle stores an article once, searchable at once, with its outlet and byline. */
@QuarkusTest
class IngestTest {

    @Test
    void theSameArticleTwiceIsOneArticle() {
        int before = Articles.count();
        String first = Articles.ingest("Harbour reopens", "The harbour reopened on Monday after repairs.", "Coast Herald", "2020-05-04");
        String again = Articles.ingest("Harbour reopens", "The harbour reopened on Monday after repairs.", "Coast Herald", "2020-05-04");
        String repasted = Articles.ingest(" Harbour reopens", "The harbour  reopened on Monday\nafter repairs. ", "coast herald", "2020-05-04");
        assertEquals(first, again);
        assertEquals(first, repasted, "whitespace and the case of the outlet's name do not make another article");
        assertEquals(before + 1, Articles.count());
    }

    @Test
    void theSameTextFromAnotherOutletIsAnotherArticle() {
        String herald = Articles.ingest("Storm warning", "A storm is expected tonight.", "Coast Herald", null);
        String courier = Articles.ingest("Storm warning", "A storm is expected tonight.", "Inland Courier", null);
        assertNotEquals(herald, courier);
    }

    @Test
    void anIngestedArticleCanBeFoundByItsWords() {
        String id = Articles.ingest("Quokka census", "Rangers counted twelve thousand quokkas on the island.", "Island Times", "2021-03-01");
        GraphQL.post("{ articles(search: \"quokkas counted\") { nodes { id title source { name } } } }")
                .statusCode(200)
                .body("data.articles.nodes.id", contains(id))
                .body("data.articles.nodes[0].source.name", equalTo("Island Times"));
        GraphQL.post("query($id: ID!) { article(id: $id) { title publishedAt } }", Map.of("id", id))
                .body("data.article.title", equalTo("Quokka census"))
                .body("data.article.publishedAt", equalTo("2021-03-01"));
    }

    @Test
    void theBylineBecomesPeopleAndTheUrlTheOutletsDomain() {
        Map<String, Object> input = Map.of("title", "Council meets", "body", "The council met to discuss the budget.",
                "source", "Smallville Gazette", "url", "https://www.smallville-gazette.example/council",
                "authors", List.of("Lana Lang", "Pete Ross"));
        GraphQL.post("mutation($input: ArticleInput!) { ingestArticle(input: $input) { authors { name } source { name domain } } }",
                Map.of("input", input))
                .statusCode(200)
                .body("data.ingestArticle.authors.name", contains("Lana Lang", "Pete Ross"))
                .body("data.ingestArticle.source.domain", equalTo("smallville-gazette.example"));
        GraphQL.post("{ person(name: \"lana lang\") { name } }").body("data.person.name", equalTo("Lana Lang"));
    }
}
