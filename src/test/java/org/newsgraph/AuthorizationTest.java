package org.newsgraph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsgraph.auth.LocalKeysConfigSourceFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Nobody changes the graph without an editor's or an admin's token; anyone may read. A refused write is
 * refused before it runs, with 401 or 403 and a code, and leaves the graph as it was.
 */
@QuarkusTest
class AuthorizationTest {

    private static final String INGEST = "mutation($input: ArticleInput!) { ingestArticle(input: $input) { id } }";
    private static final String COUNTS = "{ articles(first: 0) { totalCount } people(first: 0) { totalCount } }";

    @Test
    void aMutationWithoutATokenIsRefusedAndChangesNothing() {
        JsonPath before = GraphQL.data(COUNTS);
        GraphQL.post(INGEST, article("Unsigned Post"), null)
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        assertEquals(before.prettify(), GraphQL.data(COUNTS).prettify());
    }

    @Test
    void aReadersTokenCannotWrite() {
        JsonPath before = GraphQL.data(COUNTS);
        GraphQL.post(INGEST, article("Reader Post"), Tokens.of("rhea", "reader"))
                .statusCode(403)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        assertEquals(before.prettify(), GraphQL.data(COUNTS).prettify());
    }

    @Test
    void anEditorsAndAnAdminsTokensWrite() {
        GraphQL.post(INGEST, article("Editor Post"), Tokens.of("edda", "editor")).statusCode(200)
                .body("errors", nullValue()).body("data.ingestArticle.id", notNullValue());
        GraphQL.post(INGEST, article("Admin Post"), Tokens.of("ada", "admin")).statusCode(200)
                .body("errors", nullValue()).body("data.ingestArticle.id", notNullValue());
        GraphQL.post(INGEST, article("Logged Token Post"), Tokens.editor()).statusCode(200)
                .body("errors", nullValue());
    }

    @Test
    void aTokenNotSignedByTheTrustedKeyOrExpiredIsRefused() throws Exception {
        KeyPair stranger = KeyUtils.generateKeyPair(2048);
        String forged = Jwt.issuer(LocalKeysConfigSourceFactory.LOCAL_ISSUER).upn("mallory").groups(Set.of("admin"))
                .expiresIn(Duration.ofMinutes(5)).sign(stranger.getPrivate());
        GraphQL.post(INGEST, article("Forged Post"), forged).statusCode(401);
        GraphQL.post(COUNTS, Map.of(), "not-a-token").statusCode(401);
    }

    @Test
    void anyoneMayReadAndOnlyTheMutationANamedOperationRunsIsChecked() {
        GraphQL.post(COUNTS, Map.of(), null).statusCode(200).body("errors", nullValue());
        String both = "query Counts { articles(first: 0) { totalCount } } "
                + "mutation Ingest($input: ArticleInput!) { ingestArticle(input: $input) { id } }";
        given().contentType("application/json")
                .body(Map.of("query", both, "operationName", "Counts"))
                .post("/graphql").then().statusCode(200).body("errors", nullValue());
        given().contentType("application/json")
                .body(Map.of("query", both, "operationName", "Ingest", "variables", article("Named Post")))
                .post("/graphql").then().statusCode(401).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void theBulkImportTakesAnEditorBeforeItReadsALine() {
        byte[] line = "{\"source\": \"Bulk Gazette\", \"title\": \"Unsigned lines\", \"body\": \"A body.\"}"
                .getBytes(StandardCharsets.UTF_8);
        given().contentType("application/x-ndjson").body(line).post("/import/articles").then()
                .statusCode(401).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        given().header("Authorization", "Bearer " + Tokens.of("rhea", "reader"))
                .contentType("application/x-ndjson").body(line).post("/import/articles").then()
                .statusCode(403).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.post("{ articles(source: \"Bulk Gazette\") { totalCount } }").body("data.articles.totalCount", equalTo(0));
    }

    private static Map<String, Object> article(String title) {
        return Map.of("input", ExtractionIngestTest.article("Auth Herald", title,
                "Councillor Imogen Tavistock-Reyes said on Monday that the " + title + " library would reopen."));
    }
}
