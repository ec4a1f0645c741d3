package org.newsgraph;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The question NewsGraph exists to answer, asked of the seed corpus exactly as DESIGN.md asks it. */
@QuarkusTest
class MissionQueryTest {

    static final String MISSION = """
            {
              events(type: INVITATION, participant: "Putin", role: INVITER) {
                totalCount
                nodes {
                  summary date dateText place { name }
                  participants { role entity { name } }
                  quotes { text speaker { name } article { title } }
                  articles { title publishedAt source { name } }
                }
              }
            }""";

    static final String BLOG_TITLE = "Putin Invites Kim Jong-un To Russia";
    static final String AP_TITLE = "Putin Invites ‘Comrade’ Kim Jong-Un to Russia to Promote ‘Economic Cooperation’";

    @Test
    void bothOutletsReportOneInvitationOfKimJongUnByPutin() {
        GraphQL.post(MISSION).statusCode(200)
                .body("errors", nullValue())
                .body("data.events.totalCount", equalTo(1))
                .body("data.events.nodes[0].participants.findAll { it.role == 'INVITER' }.entity.name",
                        contains("Vladimir Putin"))
                .body("data.events.nodes[0].participants.findAll { it.role == 'INVITEE' }.entity.name",
                        contains("Kim Jong-un"))
                .body("data.events.nodes[0].articles.title", containsInAnyOrder(BLOG_TITLE, AP_TITLE))
                .body("data.events.nodes[0].articles.find { it.title == '" + AP_TITLE + "' }.source.name",
                        equalTo("The Associated Press"));
    }

    @Test
    void theInvitationCarriesPutinsQuoteConveyingIt() {
        GraphQL.post(MISSION).statusCode(200)
                .body("data.events.nodes[0].quotes.find { it.text.startsWith('I would like to re-extend') }.speaker.name",
                        equalTo("Vladimir Putin"))
                .body("data.events.nodes[0].quotes.find { it.text.startsWith('I would like to re-extend') }.text",
                        startsWith("I would like to re-extend, and ask you to convey to the leader of North Korea"))
                .body("data.events.nodes[0].quotes.article.title", hasItem(AP_TITLE));
    }

    @Test
    void thursdayIsDatedFromThePublicationDayOfTheArticleThatSaysIt() {
        GraphQL.post(MISSION).statusCode(200)
                .body("data.events.nodes[0].date", equalTo("2018-06-14"))
                .body("data.events.nodes[0].dateText", equalTo("on Thursday"))
                .body("data.events.nodes[0].place.name", equalTo("Russia"));
    }

    @Test
    void theInvitationOf2015HadNoNamedInviterSoItIsNotPutins() {
        GraphQL.post("{ events(type: INVITATION, participant: \"Kim Jong-un\", role: INVITEE) { nodes { date dateText } } }")
                .statusCode(200)
                .body("data.events.nodes.dateText", contains("on Thursday", "That same year"))
                .body("data.events.nodes.date", contains("2018-06-14", "2015-01-01"));
    }
}
