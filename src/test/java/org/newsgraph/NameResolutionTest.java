package org.newsgraph;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** The name arguments match any alias, however it is spelled, and never guess between two people. */
@QuarkusTest
class NameResolutionTest {

    private static final String PERSON = "query($name: String) { person(name: $name) { id name } }";

    @ParameterizedTest
    @ValueSource(strings = { "Kim Jong Un", "kim jong-un", "Kim Jong-Un", "KIM JONG UN", "Kim Jöng-un", "comrade Kim Jong Un" })
    void everySpellingOfKimJongUnIsTheSamePerson(String spelling) {
        assertEquals(idOf("Kim Jong-un"), idOf(spelling));
        GraphQL.post(PERSON, Map.of("name", spelling)).body("data.person.name", equalTo("Kim Jong-un"));
    }

    @Test
    void kimYongNamAndKimJongIlAreOtherPeople() {
        String jongUn = idOf("Kim Jong-un");
        String yongNam = idOf("Kim Yong-nam");
        String jongIl = idOf("Kim Jong-il");
        assertEquals(3, Set.of(jongUn, yongNam, jongIl).size(), "three different people");
        GraphQL.post(PERSON, Map.of("name", "Kim Yong-nam")).body("data.person.name", equalTo("Kim Yong-nam"));
        GraphQL.post(PERSON, Map.of("name", "kim jong il")).body("data.person.name", equalTo("Kim Jong-il"));
    }

    @Test
    void aSurnameAloneIsEnoughWhenOnlyOnePersonHasIt() {
        GraphQL.post(PERSON, Map.of("name", "Putin")).body("data.person.name", equalTo("Vladimir Putin"));
        // the articles never call him "Lavrov" alone: the surname is found among the words of his name
        GraphQL.post(PERSON, Map.of("name", "lavrov")).body("data.person.name", equalTo("Sergei Lavrov"));
    }

    @Test
    void anAmbiguousNameIsRefusedWithItsCandidates() {
        GraphQL.post(PERSON, Map.of("name", "Kim")).statusCode(200)
                .body("data.person", nullValue())
                .body("errors[0].extensions.code", equalTo("AMBIGUOUS_NAME"))
                .body("errors[0].extensions.candidates.name",
                        containsInAnyOrder("Kim Jong-un", "Kim Yong-nam", "Kim Jong-il"));
    }

    @Test
    void aNameNobodyHasFindsNobody() {
        GraphQL.post(PERSON, Map.of("name", "Angela Merkel")).statusCode(200)
                .body("errors", nullValue())
                .body("data.person", nullValue());
    }

    @Test
    void quotesBySpeakerPutinAreHisFromBothArticlesAndNoOneElses() {
        GraphQL.post("{ quotes(speaker: \"Putin\", first: 100) { totalCount nodes { speaker { name } article { title } } } }")
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.quotes.totalCount", equalTo(10))
                .body("data.quotes.nodes", hasSize(10))
                .body("data.quotes.nodes.speaker.name", everyItem(equalTo("Vladimir Putin")))
                .body("data.quotes.nodes.article.title.unique()",
                        containsInAnyOrder(MissionQueryTest.BLOG_TITLE, MissionQueryTest.AP_TITLE));
    }

    @Test
    void aCountryIsAPlaceOfKindCountryAndAnswersToItsAcronym() {
        GraphQL.post("{ entity(name: \"DPRK\") { __typename name kind } }").statusCode(200)
                .body("data.entity.__typename", equalTo("Place"))
                .body("data.entity.name", equalTo("North Korea"))
                .body("data.entity.kind", equalTo("COUNTRY"));
    }

    @Test
    void personByIdAndByNameAgree() {
        String id = idOf("Putin");
        GraphQL.post("query($id: ID) { person(id: $id) { name } }", Map.of("id", id))
                .body("data.person.name", equalTo("Vladimir Putin"));
        String russia = GraphQL.data("{ entity(name: \"Russia\") { id } }").getString("entity.id");
        assertNotEquals(id, russia);
        GraphQL.post("query($id: ID) { person(id: $id) { name } }", Map.of("id", russia))
                .body("errors", nullValue())
                .body("data.person", nullValue()); // Russia is no person
    }

    private static String idOf(String name) {
        return GraphQL.data(PERSON, Map.of("name", name)).getString("person.id");
    }
}
