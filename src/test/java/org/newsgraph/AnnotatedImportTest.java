package org.newsgraph;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.json.bind.JsonbBuilder;

/**
 * Bring your own annotations: a document is imported whole, resolved against the graph (an entity or an
 * event already known is reused, not copied), or refused whole.
 */
@QuarkusTest
class AnnotatedImportTest {

    private static final String BODY_1 = "Mayor Jane Okafor invited Governor Tom Reyes to Springfield on Friday. "
            + "“We will welcome him with open arms,” Okafor said.";
    private static final String BODY_2 = "Governor Tom Reyes has been invited to Springfield by its mayor, Jane Okafor. "
            + "“I look forward to it,” Reyes said.";

    private static AnnotatedDocument firstReport() {
        return new AnnotatedDocument("Mayor invites governor", BODY_1, "Springfield Star", "2030-04-06")
                .entity("okafor", "PERSON", "Jane Okafor", "Jane Okafor", "Okafor")
                .entity("reyes", "PERSON", "Tom Reyes", "Tom Reyes")
                .entity("springfield", "PLACE", "Springfield", "Springfield")
                .event("invitation", "INVITATION", "2030-04-05", "springfield", "okafor", "INVITER", "reyes", "INVITEE")
                .quote("We will welcome him with open arms", "okafor", "invitation");
    }

    @Test
    void anotherOutletsReportOfTheSameInvitationIsOneMoreReportOfIt() {
        firstReport().importIt("{ id }").body("errors", nullValue());
        new AnnotatedDocument("Governor to visit Springfield", BODY_2, "Valley Courier", "2030-04-07")
                .entity("reyes", "PERSON", "Tom Reyes", "Tom Reyes", "Reyes")
                .entity("springfield", "PLACE", "Springfield", "Springfield")
                .entity("okafor", "PERSON", "Jane Okafor", "Jane Okafor")
                .event("invitation", "INVITATION", null, "springfield", "reyes", "INVITEE", "okafor", "INVITER")
                .quote("I look forward to it", "reyes", "invitation")
                .importIt("{ id }").body("errors", nullValue());

        GraphQL.post("{ events(participant: \"Okafor\", role: INVITER) { totalCount nodes { date articles { title } quotes { speaker { name } } } } }")
                .statusCode(200)
                .body("data.events.totalCount", equalTo(1))
                .body("data.events.nodes[0].date", equalTo("2030-04-05"))
                .body("data.events.nodes[0].articles.title", contains("Mayor invites governor", "Governor to visit Springfield"))
                .body("data.events.nodes[0].quotes.speaker.name", containsInAnyOrder("Jane Okafor", "Tom Reyes"));
        GraphQL.post("{ people(search: \"reyes\") { totalCount } }").body("data.people.totalCount", equalTo(1));
    }

    @Test
    void importingADocumentAgainChangesNothing() {
        String first = firstReport().importIt("{ id }").extract().path("data.importAnnotatedArticle.id");
        int quotes = GraphQL.data("{ quotes(speaker: \"Jane Okafor\", first: 100) { totalCount } }").getInt("quotes.totalCount");
        String again = firstReport().importIt("{ id }").extract().path("data.importAnnotatedArticle.id");
        assertEquals(first, again);
        assertEquals(quotes, GraphQL.data("{ quotes(speaker: \"Jane Okafor\", first: 100) { totalCount } }").getInt("quotes.totalCount"));
    }

    @Test
    void aKnownNameResolvesToTheKnownEntity() {
        String body = "Vladimir Putin met the press in Moscow.";
        new AnnotatedDocument("Putin meets the press", body, "Wire Desk", "2030-01-02")
                .entity("putin", "PERSON", "Vladimir Putin", "Vladimir Putin")
                .entity("moscow", "PLACE", "Moscow", "Moscow")
                .importIt("{ id }").body("errors", nullValue());
        GraphQL.post("{ people(search: \"putin\") { totalCount nodes { articles { title } } } }")
                .body("data.people.totalCount", equalTo(1))
                .body("data.people.nodes[0].articles.title", hasItem("Putin meets the press"));
    }

    @Test
    void annotationsThatDoNotFitTheBodyAreRefusedWithEveryProblemAndNothingIsWritten() {
        int before = Articles.count();
        Map<String, Object> document = new AnnotatedDocument("Broken annotations", "Ann Smith spoke.", "Wire Desk", null)
                .entity("smith", "PERSON", "Ann Smith", "Ann Smith")
                .toMap();
        @SuppressWarnings("unchecked")
        Map<String, Object> mention = ((List<Map<String, Object>>) ((List<Map<String, Object>>) document.get("entities"))
                .get(0).get("mentions")).get(0);
        mention.put("start", 1); // "nn Smith " is not "Ann Smith"
        mention.put("end", 10);
        document.put("quotes", List.of(Map.of("start", 0, "end", 3, "text", "Ann", "partial", true, "speaker", "nobody")));
        GraphQL.post("mutation($doc: AnnotatedArticleInput!) { importAnnotatedArticle(input: $doc) { id } }", Map.of("doc", document))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.problems", hasSize(2))
                .body("errors[0].extensions.problems[0]", containsString("entities[0].mentions[0]"))
                .body("errors[0].extensions.problems[1]", containsString("no entity has ref \"nobody\""));
        assertEquals(before, Articles.count());
        GraphQL.post("{ person(name: \"Ann Smith\") { id } }").body("data.person", nullValue());
    }

    @Test
    void anUndatedOneParticipantEventIsNotMergedIntoAnOlderOne() {
        // the seed has Trump's statement of March 2018; a statement by him in an undated story of 2024 is another
        new AnnotatedDocument("Trump says talks are over", "Donald Trump said the trade talks were over.", "Wire Desk", "2024-05-02")
                .entity("trump", "PERSON", "Donald Trump", "Donald Trump")
                .event("statement", "STATEMENT", null, null, "trump", "SUBJECT")
                .importIt("{ id }").body("errors", nullValue());
        GraphQL.post("{ events(type: STATEMENT, participant: \"Trump\") { totalCount } }")
                .body("data.events.totalCount", equalTo(2));
    }

    @Test
    void anAliasSharedByTwoPeopleNeverPicksOneOfThem() {
        // a newsroom's annotations give "Kim" to Kim Yong-nam too; "Kim" must stay ambiguous, not become him
        new AnnotatedDocument("Kim Yong-nam retires", "Kim Yong-nam retired. Kim thanked his staff.", "Wire Desk", "2019-04-11")
                .entity("kim", "PERSON", "Kim Yong-nam", "Kim Yong-nam", "Kim")
                .aliases("kim", "Kim")
                .importIt("{ id }").body("errors", nullValue());
        GraphQL.post("{ person(name: \"Kim Yong-nam\") { aliases } }").body("data.person.aliases", hasItem("Kim"));
        GraphQL.post("{ person(name: \"Kim\") { id } }")
                .body("errors[0].extensions.code", equalTo("AMBIGUOUS_NAME"))
                .body("errors[0].extensions.candidates.name", hasItem("Kim Jong-il"));
    }

    @Test
    void handAnnotationsReplaceTheExtractorsReadingOfAnArticleAndStay() {
        String body = "“The bridge is finally open,” Mayor Ines Duarte said in Castro Daire. Her deputy, Tomas Velho, cut the ribbon.";
        String id = Articles.ingest("Bridge opens", body, "Minho Post", "2031-03-03");
        GraphQL.post("{ article(id: \"" + id + "\") { entities(kind: PLACE) { name } quotes { speaker { name } } } }")
                .body("data.article.entities.name", contains("Castro Daire"))
                .body("data.article.quotes.speaker.name", contains("Ines Duarte"));
        AnnotatedDocument corrected = new AnnotatedDocument("Bridge opens", body, "Minho Post", "2031-03-03")
                .entity("duarte", "PERSON", "Ines Duarte", "Ines Duarte")
                .entity("velho", "PERSON", "Tomas Velho", "Tomas Velho")
                .quote("The bridge is finally open", "velho");
        corrected.importIt("{ id entities(kind: PLACE) { name } quotes { speaker { name } } }")
                .body("data.importAnnotatedArticle.id", equalTo(id))
                .body("data.importAnnotatedArticle.entities", hasSize(0))
                .body("data.importAnnotatedArticle.quotes.speaker.name", contains("Tomas Velho"));
        GraphQL.post("{ entity(name: \"Castro Daire\") { id } }")
                .body("data.entity", nullValue()); // named by no other article: gone with the reading

        Articles.ingest("Bridge opens", body, "Minho Post", "2031-03-03");
        corrected.importIt("{ quotes { speaker { name } } }")
                .body("data.importAnnotatedArticle.quotes.speaker.name", contains("Tomas Velho"));
    }

    @Test
    void theSeedFilesAreDocumentsOfTheImportFormat() throws IOException {
        try (InputStream seed = getClass().getResourceAsStream("/seed/putin-invites-comrade-kim-jong-un.json")) {
            Object document = JsonbBuilder.create().fromJson(seed, Object.class);
            GraphQL.post("mutation($doc: AnnotatedArticleInput!) { importAnnotatedArticle(input: $doc) { title source { name } } }",
                    Map.of("doc", document))
                    .statusCode(200)
                    .body("errors", nullValue())
                    .body("data.importAnnotatedArticle.title", equalTo(MissionQueryTest.AP_TITLE));
        }
        GraphQL.post(MissionQueryTest.MISSION).body("data.events.nodes[0].articles", hasSize(2));
    }
}
