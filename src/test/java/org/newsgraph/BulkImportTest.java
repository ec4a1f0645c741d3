package org.newsgraph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** POST /import/articles: JSON lines in, each line its own transaction, a report out. */
@QuarkusTest
class BulkImportTest {

    private final Jsonb json = JsonbBuilder.create();

    @Test
    void goodLinesAreImportedAndBadOnesReportedByNumber() {
        String lines = String.join("\n",
                line("Ferry strike ends", "The ferry strike ended on Tuesday. “We got what we asked for,” union official Bronagh Keane said."),
                "{\"title\": \"Broken\", \"body\": ",
                line("No prose", "{{ 1234 }} <b>5678</b> {{ 9012 }}"),
                "",
                line("Ferry timetable", "Ferries will run every hour from Monday, operator Solent Link said in a statement."));
        given().header("Authorization", "Bearer " + Tokens.editor()).contentType("application/x-ndjson").body(lines.getBytes(StandardCharsets.UTF_8)).post("/import/articles").then()
                .statusCode(200)
                .body("lines", equalTo(4))
                .body("imported", equalTo(2))
                .body("alreadyThere", equalTo(0))
                .body("refused", equalTo(2))
                .body("errors.line", contains(2, 3))
                .body("errors.code", contains("BAD_REQUEST", "BAD_USER_INPUT"))
                .body("errors[1].message", startsWith("The body does not read as prose"));
        GraphQL.post("{ quotes(speaker: \"Bronagh Keane\") { nodes { text article { title } } } }")
                .body("data.quotes.nodes.text", contains("We got what we asked for"))
                .body("data.quotes.nodes[0].article.title", equalTo("Ferry strike ends"));
    }

    @Test
    void anImportSentAgainSkipsWhatIsAlreadyThereAndAcceptsALastLineWithoutNewline() {
        String lines = List.of(line("Library extends hours", "The city library will open on Sundays from April, librarian Idris Okoro said."),
                line("Library adds a café", "A café will open in the library, Idris Okoro told the council."))
                .stream().collect(Collectors.joining("\n"));
        given().header("Authorization", "Bearer " + Tokens.editor()).contentType("application/x-ndjson").body(lines.getBytes(StandardCharsets.UTF_8)).post("/import/articles").then()
                .body("imported", equalTo(2));
        given().header("Authorization", "Bearer " + Tokens.editor()).contentType("application/x-ndjson").body(lines.getBytes(StandardCharsets.UTF_8)).post("/import/articles").then()
                .body("lines", equalTo(2))
                .body("imported", equalTo(0))
                .body("alreadyThere", equalTo(2));
    }

    @Test
    void anImportLargerThanAGraphQLRequestStreamsAndReportsItsFirstThousandErrors() {
        String notProse = line("Table", "1 2 3 4 ".repeat(1000));
        String lines = (notProse + "\n").repeat(3000); // 24 MB: more than any GraphQL request may be
        given().header("Authorization", "Bearer " + Tokens.editor()).contentType("application/x-ndjson").body(lines.getBytes(StandardCharsets.UTF_8)).post("/import/articles").then()
                .statusCode(200)
                .body("lines", equalTo(3000))
                .body("refused", equalTo(3000))
                .body("errors.size()", equalTo(1000))
                .body("errors[999].line", equalTo(1000));
    }

    @Test
    void aLineTooLongOrNotUtf8IsRefusedByItsNumberCountingBlankLinesAndTheRestIsImported() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write("\n".getBytes(StandardCharsets.UTF_8));
        body.write((line("Tram line opens", "The new tram line opened on Monday, transport official Keziah Abernathy said.")
                + "\n\n").getBytes(StandardCharsets.UTF_8));
        body.write((line("Endless", "word ".repeat(300_000)) + "\n").getBytes(StandardCharsets.UTF_8));
        body.write(new byte[] { '{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n' }); // 0xC3 0x28 is no UTF-8
        body.write(line("Tram fares", "Fares on the tram will be frozen until 2026, Keziah Abernathy said.").getBytes(StandardCharsets.UTF_8));
        given().header("Authorization", "Bearer " + Tokens.editor()).contentType("application/x-ndjson").body(body.toByteArray()).post("/import/articles").then()
                .statusCode(200)
                .body("lines", equalTo(4))
                .body("imported", equalTo(2))
                .body("refused", equalTo(2))
                .body("errors.line", contains(4, 5))
                .body("errors.code", contains("LINE_TOO_LONG", "BAD_REQUEST"));
    }

    private String line(String title, String body) {
        return json.toJson(Map.of("title", title, "body", body, "source", "Bulk Desk", "publishedAt", "2024-03-12"));
    }
}
