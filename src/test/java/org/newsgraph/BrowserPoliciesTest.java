package org.newsgraph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * What browsers are told: frontends on listed origins may call /graphql, others may not (the test profile
 * lists https://newsroom.example); pages run only the service's own scripts.
 */
@QuarkusTest
class BrowserPoliciesTest {

    @Test
    void aListedOriginMayCallTheApiFromItsBrowser() {
        given().header("Origin", "https://newsroom.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://newsroom.example"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
    }

    @Test
    void anUnlistedOriginIsRefused() {
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .options("/graphql")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://elsewhere.example").contentType("application/json")
                .body("{\"query\":\"{ articles { totalCount } }\"}")
                .post("/graphql")
                .then().statusCode(403);
    }

    @Test
    void theServicesOwnPagesMayCallIt() {
        // a browser sends its page's origin with every POST, the explorer's included
        given().header("Origin", "http://localhost:" + RestAssured.port).contentType("application/json")
                .body("{\"query\":\"{ articles { totalCount } }\"}")
                .post("/graphql")
                .then().statusCode(200).body("data.articles.totalCount", notNullValue());
    }

    @Test
    void pagesMayRunOnlyTheServicesOwnScripts() {
        given().get("/schema.graphql").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("object-src 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
