package org.newsgraph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.graphql.FragmentBomb;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Every kind of bad input gets a GraphQL error that says what is wrong, with an extensions.code; never a
 * 500, never a stack trace; and a mutation that fails writes nothing.
 */
@QuarkusTest
class ErrorsTest {

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
        raw("{\"query\": \"{ articles { totalCount } ").statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", containsString("not a JSON object"));
        raw("[1, 2]").statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void requestParametersOfTheWrongJsonTypeAreABadRequest() {
        raw("{\"query\": 42}").statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        raw("{\"query\": \"{ articles { totalCount } }\", \"variables\": \"x\"}").statusCode(400)
                .body("errors[0].message", containsString("variables"));
        raw("{\"query\": \"{ articles { totalCount } }\", \"variables\": [1]}").statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        raw("{\"query\": \"{ articles { totalCount } }\", \"operationName\": 1}").statusCode(400)
                .body("errors[0].message", containsString("operationName"));
    }

    @Test
    void aMediaTypeOtherThanJsonIsRefused() {
        given().contentType(ContentType.TEXT).body("{ articles { totalCount } }".getBytes(StandardCharsets.UTF_8)).when().post("/graphql").then()
                .statusCode(415)
                .body("errors[0].extensions.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        given().contentType("application/graphql").body("{ articles(first: 0) { totalCount } }".getBytes(StandardCharsets.UTF_8)).when().post("/graphql").then()
                .statusCode(200)
                .body("errors", nullValue());
    }

    @Test
    void anIdThatIsNoWholeNumberIsBadInputNotAnotherId() {
        for (String id : new String[] { "abc", "52.9", "18446744073709551668", "-5" }) {
            clientError(GraphQL.post("query($id: ID) { person(id: $id) { name } }", Map.of("id", id)), "BAD_USER_INPUT")
                    .body("errors[0].message", containsString("ids are whole numbers"));
        }
    }

    @Test
    void textWithANulCharacterIsBadInputWhereverItIs() {
        clientError(GraphQL.post("query($s: String) { quotes(search: $s) { totalCount } }", Map.of("s", "a\u0000b")),
                "BAD_USER_INPUT").body("errors[0].message", containsString("NUL"));
        clientError(GraphQL.post("{ articles(source: \"x\\u0000\") { totalCount } }"), "BAD_USER_INPUT");
        Map<String, Object> document = Map.of("article", Map.of("title", "T", "body", "Ann spoke."),
                "entities", List.of(Map.of("ref", "a", "kind", "PERSON", "name", "Ann\u0000")));
        int before = Articles.count();
        clientError(GraphQL.post("mutation($d: AnnotatedArticleInput!) { importAnnotatedArticle(input: $d) { id } }",
                Map.of("d", document)), "BAD_USER_INPUT");
        assertEquals(before, Articles.count());
    }

    @Test
    void aDateBeyondFourDigitYearsIsBadInput() {
        clientError(GraphQL.post("{ articles(from: \"+9999999-01-01\") { totalCount } }"), "BAD_USER_INPUT");
        clientError(GraphQL.post("query($d: Date) { events(to: $d) { totalCount } }", Map.of("d", "-9999-01-01")),
                "BAD_USER_INPUT");
        int before = Articles.count();
        clientError(ingest(Map.of("title", "T", "body", "B", "publishedAt", "+9999999-01-01")), "BAD_USER_INPUT")
                .body("errors[0].message", containsString("9999-12-31"));
        assertEquals(before, Articles.count());
    }

    @Test
    void aClientOfTheGraphQLResponseMediaTypeGets400ForARequestThatCannotRunAndLegacyClients200() {
        String graphqlResponse = "application/graphql-response+json";
        for (String query : List.of("{ nosuchfield }", "{ articles( }", "{ articles(source: \"a\\u0000b\") { totalCount } }")) {
            given().contentType(ContentType.JSON).accept(graphqlResponse).body(Map.of("query", query)).post("/graphql").then()
                    .statusCode(400).contentType(graphqlResponse).body("data", nullValue())
                    .body("errors[0].extensions.code", notNullValue());
            given().contentType(ContentType.JSON).accept(ContentType.JSON).body(Map.of("query", query)).post("/graphql").then()
                    .statusCode(200).contentType(ContentType.JSON);
        }
        given().contentType(ContentType.JSON).accept(graphqlResponse).body(Map.of("query", "{ articles(first: -1) { totalCount } }"))
                .post("/graphql").then().statusCode(200).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        given().contentType(ContentType.JSON).accept(graphqlResponse).body(Map.of("query", "{ articles(first: 0) { totalCount } }"))
                .post("/graphql").then().statusCode(200).contentType(graphqlResponse).body("errors", nullValue());
    }

    @Test
    void aQueryMayComeAsGetAMutationMayNot() {
        given().queryParam("query", "query($n: Int) { articles(first: $n) { totalCount } }").queryParam("variables", "{\"n\": 0}")
                .when().get("/graphql").then()
                .statusCode(200).body("errors", nullValue()).body("data.articles.totalCount", greaterThanOrEqualTo(2));
        given().header("Authorization", "Bearer " + Tokens.editor())
                .queryParam("query", "mutation { ingestArticle(input: {source: \"G\", title: \"Get\", body: \"Mayor Ada Quince spoke.\"})"
                        + " { id } }")
                .when().get("/graphql").then()
                .statusCode(405).header("Allow", "POST").body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
        given().queryParam("query", "query Count { articles(first: 0) { totalCount } }").queryParam("operationName", "Count")
                .when().get("/graphql").then()
                .statusCode(200).body("errors", nullValue()).body("data.articles.totalCount", greaterThanOrEqualTo(2));
        given().when().get("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().queryParam("query", "{ __typename }").queryParam("variables", "[1]").when().get("/graphql").then()
                .statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        GraphQL.post("{ articles(source: \"G\") { totalCount } }").body("data.articles.totalCount", equalTo(0));
    }

    @Test
    void aSearchLongerThanASearchBoxHoldsIsBadInput() {
        clientError(GraphQL.post("query($s: String) { quotes(search: $s) { totalCount } }", Map.of("s", "(a ".repeat(2000))),
                "BAD_USER_INPUT").body("errors[0].message", containsString("at most 300"));
    }

    @Test
    void aFirstThatIsNoWholeNumberIsBadInput() {
        clientError(GraphQL.post("query($f: Int) { articles(first: $f) { totalCount } }", Map.of("f", 2.5)), "BAD_USER_INPUT");
    }

    @Test
    void aBareQueryDocumentThatDoesNotParseSaysWhere() {
        given().contentType("application/graphql").body("{ articles( }".getBytes(StandardCharsets.UTF_8))
                .when().post("/graphql").then()
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].locations[0].column", equalTo(13));
    }

    @Test
    void anUploadIsRefusedBeforeItIsRead() {
        given().multiPart("file", "big.txt", "x".repeat(100_000).getBytes(StandardCharsets.UTF_8))
                .when().post("/graphql").then()
                .statusCode(415)
                .body("errors[0].extensions.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        assertFalse(Files.exists(Path.of("file-uploads")), "nothing was written to disk");
    }

    @Test
    void aRequestWithoutAQueryIsABadRequest() {
        raw("{\"variables\": {}}").statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", containsString("no \"query\""));
    }

    @Test
    void aSyntaxErrorSaysWhere() {
        clientError(GraphQL.post("{ articles( { totalCount } }"), "GRAPHQL_PARSE_FAILED")
                .body("errors[0].message", containsString("line 1 column 13"))
                .body("errors[0].locations[0].line", equalTo(1))
                .body("errors[0].locations[0].column", equalTo(13));
    }

    @Test
    void anUnknownFieldOrEnumValueFailsValidation() {
        clientError(GraphQL.post("{ articles { nope } }"), "GRAPHQL_VALIDATION_FAILED")
                .body("errors[0].message", containsString("'nope'"));
        clientError(GraphQL.post("{ events(type: PARTY) { totalCount } }"), "GRAPHQL_VALIDATION_FAILED")
                .body("errors[0].message", containsString("PARTY"));
    }

    @Test
    void aDateInTheWrongFormatIsBadInput() {
        clientError(GraphQL.post("query($d: Date) { articles(from: $d) { totalCount } }", Map.of("d", "14/06/2018")),
                "BAD_USER_INPUT").body("errors[0].message", containsString("2018-06-14"));
        Map<String, Object> input = Map.of("title", "T", "body", "B", "publishedAt", "yesterday");
        int before = Articles.count();
        clientError(ingest(input), "BAD_USER_INPUT").body("errors[0].message", containsString("2018-06-14"));
        assertEquals(before, Articles.count());
    }

    @Test
    void aQueryTooDeepIsRefusedBeforeItRuns() {
        String deep = "{ articles { nodes { " + "quotes { events { ".repeat(8) + "id" + " } }".repeat(8) + " } } }";
        clientError(GraphQL.post(deep), "QUERY_TOO_COMPLEX").body("errors[0].message", containsString("depth"));
    }

    @Test
    void aQueryTooBroadIsRefusedBeforeItRuns() {
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 300; i++) {
            aliases.append(" a").append(i).append(": articles { totalCount }");
        }
        clientError(GraphQL.post(aliases.append(" }").toString()), "QUERY_TOO_COMPLEX")
                .body("errors[0].message", containsString("complexity"));
    }

    @Test
    void aFragmentBombIsRefusedBeforeItRuns() {
        clientError(GraphQL.post(FragmentBomb.of(8, 4, "articles { totalCount }")), "QUERY_TOO_COMPLEX")
                .body("errors[0].message", containsString("131072 fields"));
    }

    @Test
    void invalidArticlesAreRefusedAndNothingIsWritten() {
        int before = Articles.count();
        clientError(ingest(Map.of("title", " ", "body", "Some text")), "BAD_USER_INPUT")
                .body("errors[0].message", containsString("title"));
        clientError(ingest(Map.of("title", "A title", "body", "")), "BAD_USER_INPUT")
                .body("errors[0].message", containsString("body"));
        clientError(ingest(Map.of("title", "A title", "body", "x".repeat(100_001))), "BAD_USER_INPUT")
                .body("errors[0].message", containsString("limit is 100000"));
        clientError(ingest(Map.of("title", "A title", "body", "Text with a \u0000 in it")), "BAD_USER_INPUT")
                .body("errors[0].message", containsString("NUL"));
        clientError(ingest(Map.of("title", "A title", "body", "Text", "url", "javascript:alert(1)")), "BAD_USER_INPUT")
                .body("errors[0].message", containsString("url"));
        assertEquals(before, Articles.count());
    }

    @Test
    void aNameWithoutLettersIsBadInput() {
        clientError(GraphQL.post("{ person(name: \"--\") { id } }"), "BAD_USER_INPUT");
        clientError(GraphQL.post("{ person { id } }"), "BAD_USER_INPUT").body("errors[0].message", containsString("\"id\" or a \"name\""));
    }

    @Test
    void aRequestOverTheLimitIsRefusedBeforeItIsRead() {
        String query = "{ __typename }" + " ".repeat(11 * 1024 * 1024);
        raw("{\"query\": \"" + query + "\"}")
                .statusCode(413)
                .body("errors[0].extensions.code", equalTo("REQUEST_TOO_LARGE"))
                .body("errors[0].message", containsString("/import/articles"));
    }

    private static ValidatableResponse ingest(Map<String, Object> input) {
        return GraphQL.post("mutation($input: ArticleInput!) { ingestArticle(input: $input) { id } }",
                Map.of("input", new HashMap<>(input)));
    }

    private static ValidatableResponse raw(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/graphql").then();
    }

    /** A well-formed GraphQL request that is wrong: 200, one error with this code, and no stack trace. */
    private static ValidatableResponse clientError(ValidatableResponse response, String code) {
        return response.statusCode(200)
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors.size()", equalTo(1))
                .body("errors[0].message", allOf(not(containsString("Exception")), not(containsString("\tat "))));
    }
}
