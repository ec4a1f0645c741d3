package org.newsgraph;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.json.Json;

/**
 * A GraphQL client's WebSocket to /graphql, speaking graphql-transport-ws as graphql-ws (the JavaScript
 * client) does: connection_init, then subscribe messages; every message the server sends, in order.
 */
final class SubscriptionSocket implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final BlockingQueue<JsonPath> received;
    private final WebSocket socket;

    private SubscriptionSocket(BlockingQueue<JsonPath> received, WebSocket socket) {
        this.received = received;
        this.socket = socket;
    }

    /** Opens a socket to the service under test and waits for the server's connection_ack. */
    static SubscriptionSocket open() throws Exception {
        URI uri = URI.create("ws://localhost:" + RestAssured.port + "/graphql");
        StringBuilder partial = new StringBuilder();
        BlockingQueue<JsonPath> received = new LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(uri, new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            JsonPath message = JsonPath.from(partial.toString());
                            partial.setLength(0);
                            if ("ping".equals(message.getString("type"))) { // the server checking that we are there
                                webSocket.sendText("{\"type\":\"pong\"}", true);
                            } else {
                                received.add(message);
                            }
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        SubscriptionSocket opened = new SubscriptionSocket(received, socket);
        opened.send(Map.of("type", "connection_init"));
        JsonPath ack = opened.next();
        if (!"connection_ack".equals(ack.getString("type"))) {
            throw new IllegalStateException("no connection_ack but " + ack.prettify());
        }
        return opened;
    }

    void subscribe(String id, String query) {
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query)));
    }

    /** The next message from the server; fails the test if none comes in time. */
    JsonPath next() throws InterruptedException {
        JsonPath message = received.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("the server sent nothing in " + WAIT.toSeconds() + " s");
        }
        return message;
    }

    /** The next message, if one comes within this time: null for none. */
    JsonPath nextWithin(Duration time) throws InterruptedException {
        return received.poll(time.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void send(Map<String, Object> message) {
        socket.sendText(Json.createObjectBuilder(message).build().toString(), true).join();
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        socket.abort();
    }
}
