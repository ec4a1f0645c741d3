package org.newsgraph;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.http.WebSocketHandshakeException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With anonymous reads switched off, a query takes a reader's token (or an editor's, or an admin's). */
@QuarkusTest
@TestProfile(ClosedReadsTest.AnonymousReadsOff.class)
class ClosedReadsTest {

    private static final String COUNT = "{ articles(first: 0) { totalCount } }";

    public static class AnonymousReadsOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.auth.anonymous-reads", "false");
        }
    }

    @Test
    void aQueryWithoutATokenIsRefusedAndAReadersIsAnswered() {
        GraphQL.post(COUNT, Map.of(), null).statusCode(401).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        GraphQL.post(COUNT, Map.of(), Tokens.of("rhea", "reader")).statusCode(200).body("errors", nullValue())
                .body("data.articles.totalCount", equalTo(2));
        GraphQL.post(COUNT, Map.of(), Tokens.of("nobody", "subscriber")).statusCode(403)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void theLiveFeedsSocketIsNotOpenedWithoutAToken() {
        Exception refused = assertThrows(Exception.class, SubscriptionSocket::open);
        WebSocketHandshakeException handshake = (WebSocketHandshakeException) refused.getCause();
        assertEquals(401, handshake.getResponse().statusCode());
    }
}
