package org.newsgraph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Posts GraphQL to the real /graphql endpoint, the way any client does. */
public final class GraphQL {

    private GraphQL() {
    }

    public static ValidatableResponse post(String query) {
        return post(query, Map.of());
    }

    /**
     * As the frontends do: queries anonymously, mutations with the editor's token the service logged (the
     * refusals without one are {@code AuthorizationTest}'s).
     */
    public static ValidatableResponse post(String query, Map<String, Object> variables) {
        return query.strip().startsWith("mutation") ? post(query, variables, Tokens.editor()) : post(query, variables, null);
    }

    /** With this bearer token, or none. */
    public static ValidatableResponse post(String query, Map<String, Object> variables, String token) {
        Map<String, Object> request = new HashMap<>();
        request.put("query", query);
        request.put("variables", variables);
        RequestSpecification given = given().contentType(ContentType.JSON).body(request);
        if (token != null) {
            given.header("Authorization", "Bearer " + token);
        }
        return given.when().post("/graphql").then();
    }

    /** The data of a query that must succeed. */
    public static JsonPath data(String query) {
        return data(query, Map.of());
    }

    public static JsonPath data(String query, Map<String, Object> variables) {
        return post(query, variables).statusCode(200).body("errors", nullValue())
                .extract().jsonPath().setRootPath("data");
    }
}
