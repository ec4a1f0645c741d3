package org.newsgraph;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * An editor's corrections (an alias, a new name, a quote's speaker) and an admin's deletion of an article:
 * each shows where a reader looks, is in the history of what it touched with who made it, and is taken back
 * by an undo, which waits for a later correction of the same thing to be undone first. Ingests are in the
 * history too.
 */
@QuarkusTest
class CorrectionsTest {

    private static final String ADD_ALIAS = "mutation($entity: ID!, $alias: String!) { addAlias(entity: $entity, alias: $alias)"
            + " { id action editor subjects } }";
    private static final String RENAME = "mutation($entity: ID!, $name: String!) { renameEntity(entity: $entity, name: $name)"
            + " { id action } }";
    private static final String ATTRIBUTE = "mutation($quote: ID!, $speaker: ID) { attributeQuote(quote: $quote, speaker: $speaker)"
            + " { id action subjects } }";
    private static final String DELETE = "mutation($article: ID!) { deleteArticle(article: $article) { id action subjects } }";
    private static final String UNDO = "mutation($edit: ID!) { undo(edit: $edit) { id undoes } }";
    private static final String HISTORY = "query($id: ID!) { history(subject: $id) { id action editor after } }";
    private static final String PERSON = "query($id: ID!) { person(id: $id) { name aliases quotes { text } } }";
    private static final String ARTICLE = "query($id: ID!) { article(id: $id) { title people { id name }"
            + " quotes { id text speaker { id } attribution { method confidence } } } }";
    private static final String EDDA = Tokens.of("edda", "editor");
    private static final String ADA = Tokens.of("ada", "admin");

    @Inject
    AgroalDataSource database;

    @Test
    void anAliasFindsTheEntityUntilItIsUndone() {
        String person = peopleIn("Dune Courier", "Dunes move", "Surveyor Wilhelmina Oduya-Strand said the dunes had moved"
                + " forty metres.").get(0);
        String edit = edit(ADD_ALIAS, Map.of("entity", person, "alias", "Mina Oduya"), EDDA, "addAlias");
        GraphQL.post("{ person(name: \"mina oduya\") { id aliases } }")
                .body("data.person.id", equalTo(person))
                .body("data.person.aliases", hasItem("Mina Oduya"));

        edit(UNDO, Map.of("edit", edit), EDDA, "undo");
        GraphQL.post("{ person(name: \"Mina Oduya\") { id } }").body("data.person", nullValue());
        GraphQL.post(HISTORY, Map.of("id", person))
                .body("data.history.action", contains("UNDO", "ALIAS", "INGEST"))
                .body("data.history[1].editor", equalTo("edda"));
    }

    @Test
    void aRenameKeepsTheOldNameFindable() {
        String person = peopleIn("Dune Courier", "Ferry", "Skipper Bartholomew Iqaluk-Fenn said the ferry would run"
                + " again in June.").get(0);
        edit(RENAME, Map.of("entity", person, "name", "Bart Iqaluk-Fenn"), EDDA, "renameEntity");
        GraphQL.post(PERSON, Map.of("id", person))
                .body("data.person.name", equalTo("Bart Iqaluk-Fenn"))
                .body("data.person.aliases", hasItem("Bartholomew Iqaluk-Fenn"));
        GraphQL.post("{ person(name: \"Bartholomew Iqaluk-Fenn\") { id } }").body("data.person.id", equalTo(person));

        // back to a name it has as an alias: that alias is its name again, and no alias any more
        edit(RENAME, Map.of("entity", person, "name", "Bartholomew Iqaluk-Fenn"), EDDA, "renameEntity");
        GraphQL.post(PERSON, Map.of("id", person))
                .body("data.person.name", equalTo("Bartholomew Iqaluk-Fenn"))
                .body("data.person.aliases", hasItem("Bart Iqaluk-Fenn"))
                .body("data.person.aliases", not(hasItem("Bartholomew Iqaluk-Fenn")));
    }

    @Test
    void namesThatCannotBeGivenAreRefusedAndChangeNothing() throws SQLException {
        String person = peopleIn("Dune Courier", "Lighthouse", "Keeper Rosalind Achterberg-Ulu said the lighthouse would"
                + " stay lit.").get(0);
        String before = TableChecksum.of(database, Set.of());
        for (String alias : List.of("   ", "—!?", "x".repeat(201), "ROSALIND achterberg ulu")) {
            GraphQL.post(ADD_ALIAS, Map.of("entity", person, "alias", alias), EDDA)
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        }
        GraphQL.post(RENAME, Map.of("entity", person, "name", "Rosalind Achterberg-Ulu"), EDDA)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.post(ADD_ALIAS, Map.of("entity", "999999999", "alias", "Nobody"), EDDA)
                .body("errors[0].message", containsString("no entity"));
        assertEquals(before, TableChecksum.of(database, Set.of()));
    }

    @Test
    void aReaderCannotCorrectAndAnEditorCannotDelete() throws SQLException {
        String article = ExtractionIngestTest.ingest(ExtractionIngestTest.article("Dune Courier", "Pier", "Warden Ignatius"
                + " Mbeki-Lindqvist said the pier was safe."));
        String person = people(article).get(0);
        String before = TableChecksum.of(database, Set.of());
        GraphQL.post(ADD_ALIAS, Map.of("entity", person, "alias", "Iggy"), Tokens.of("rhea", "reader"))
                .statusCode(403).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.post(DELETE, Map.of("article", article), EDDA)
                .statusCode(403).body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("data", nullValue());
        assertEquals(before, TableChecksum.of(database, Set.of()));
    }

    @Test
    void aQuoteMovesToAnotherSpeakerAndTheUndoMovesItBack() {
        String article = ExtractionIngestTest.ingest(ExtractionIngestTest.article("Dune Courier", "Terminal opens",
                "Mayor Aurelio Kettleborough-Nwosu opened the ferry terminal on Monday. “It took nine years,”"
                        + " Kettleborough-Nwosu said. Harbour engineer Sunniva Matabeleng-Roe stood beside him."));
        JsonPath read = GraphQL.data(ARTICLE, Map.of("id", article));
        String mayor = read.getString("article.people[0].id");
        String engineer = read.getString("article.people[1].id");
        String quote = read.getString("article.quotes[0].id");
        assertEquals(mayor, read.getString("article.quotes[0].speaker.id"));

        String edit = GraphQL.post(ATTRIBUTE, Map.of("quote", quote, "speaker", engineer), EDDA)
                .body("errors", nullValue())
                .body("data.attributeQuote.subjects", contains(quote, mayor, engineer))
                .extract().jsonPath().getString("data.attributeQuote.id");
        GraphQL.post(PERSON, Map.of("id", engineer)).body("data.person.quotes.text", contains("It took nine years"));
        GraphQL.post(PERSON, Map.of("id", mayor)).body("data.person.quotes", hasSize(0));
        GraphQL.post(ARTICLE, Map.of("id", article))
                .body("data.article.quotes[0].attribution.method", equalTo("editor"))
                .body("data.article.quotes[0].attribution.confidence", equalTo(1.0f));
        GraphQL.post(HISTORY, Map.of("id", mayor)).body("data.history[0].id", equalTo(edit));

        edit(UNDO, Map.of("edit", edit), EDDA, "undo");
        GraphQL.post(PERSON, Map.of("id", mayor)).body("data.person.quotes.text", contains("It took nine years"));
        GraphQL.post(PERSON, Map.of("id", engineer)).body("data.person.quotes", hasSize(0));
        GraphQL.post(ARTICLE, Map.of("id", article)).body("data.article.quotes[0].attribution.method", not(equalTo("editor")));
    }

    @Test
    void aQuoteHasNoSpeakerOrOneThatCanSpeak() {
        String article = ExtractionIngestTest.ingest(ExtractionIngestTest.article("Dune Courier", "Bridge", "Engineer"
                + " Leopoldine Ashworth-Obi said: “The bridge will hold.”"));
        String quote = GraphQL.data(ARTICLE, Map.of("id", article)).getString("article.quotes[0].id");
        JsonPath moscow = GraphQL.data("{ entity(name: \"Moscow\") { id kind } }");
        assertEquals("PLACE", moscow.getString("entity.kind"));
        GraphQL.post(ATTRIBUTE, Map.of("quote", quote, "speaker", moscow.getString("entity.id")), EDDA)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.post(ATTRIBUTE, Map.of("quote", "999999999", "speaker", moscow.getString("entity.id")), EDDA)
                .body("errors[0].message", containsString("no quote"));

        Map<String, Object> nobody = new HashMap<>();
        nobody.put("quote", quote);
        nobody.put("speaker", null);
        edit(ATTRIBUTE, nobody, EDDA, "attributeQuote");
        GraphQL.post(ARTICLE, Map.of("id", article))
                .body("data.article.quotes[0].speaker", nullValue())
                .body("data.article.quotes[0].attribution", nullValue());
    }

    @Test
    void aDeletedArticleGoesWithWhatOnlyItNamedAndItsUndoBringsBackEveryRow() throws SQLException {
        String article = ExtractionIngestTest.ingest(ExtractionIngestTest.article("Dune Courier", "Mill fire", "Fire chief"
                + " Oksana Delacroix-Mwangi said on Tuesday that the old mill had burned down. “Nobody was inside,”"
                + " Delacroix-Mwangi said."));
        String chief = people(article).get(0);
        String quote = GraphQL.data(ARTICLE, Map.of("id", article)).getString("article.quotes[0].id");
        String before = TableChecksum.of(database, Set.of("edit"));

        String edit = GraphQL.post(DELETE, Map.of("article", article), ADA)
                .body("errors", nullValue())
                .body("data.deleteArticle.action", equalTo("DELETE"))
                .body("data.deleteArticle.subjects", hasItems(article, quote, chief))
                .extract().jsonPath().getString("data.deleteArticle.id");
        GraphQL.post(ARTICLE, Map.of("id", article)).body("data.article", nullValue());
        GraphQL.post(PERSON, Map.of("id", chief)).body("data.person", nullValue());
        GraphQL.post("{ quotes(search: \"Nobody was inside\") { totalCount } }").body("data.quotes.totalCount", equalTo(0));

        edit(UNDO, Map.of("edit", edit), EDDA, "undo");
        assertEquals(before, TableChecksum.of(database, Set.of("edit")), "the undo brought back every row as it was");
        GraphQL.post(PERSON, Map.of("id", chief)).body("data.person.quotes.text", contains("Nobody was inside"));
    }

    @Test
    void aDeletionIsNotUndoneOverTheSameArticleIngestedAgain() {
        Map<String, Object> input = ExtractionIngestTest.article("Dune Courier", "Tide", "Ranger Philippa Okonkwo-Hale said"
                + " the tide would be high.");
        String article = ExtractionIngestTest.ingest(input);
        String edit = edit(DELETE, Map.of("article", article), ADA, "deleteArticle");
        String again = ExtractionIngestTest.ingest(input);
        GraphQL.post(UNDO, Map.of("edit", edit), EDDA)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString(again));
    }

    @Test
    void anUndoWaitsUntilTheLaterCorrectionOfTheSameEntityIsUndone() {
        String person = peopleIn("Dune Courier", "Orchard", "Grower Evangelos Tshabalala-Moe said the orchard had"
                + " its best year.").get(0);
        String name = GraphQL.data(PERSON, Map.of("id", person)).getString("person.name");
        String alias = edit(ADD_ALIAS, Map.of("entity", person, "alias", "Vangelis"), EDDA, "addAlias");
        String rename = edit(RENAME, Map.of("entity", person, "name", "Evangelos Tshabalala"), EDDA, "renameEntity");

        GraphQL.post(UNDO, Map.of("edit", alias), EDDA)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("undo edit " + rename + " first"));
        edit(UNDO, Map.of("edit", rename), EDDA, "undo");
        edit(UNDO, Map.of("edit", alias), EDDA, "undo");
        GraphQL.post(PERSON, Map.of("id", person))
                .body("data.person.name", equalTo(name))
                .body("data.person.aliases", not(hasItems("Vangelis")));
    }

    @Test
    void anIngestIsInTheHistoryOfWhatItStoredUnderItsSendersName() {
        Map<String, Object> input = ExtractionIngestTest.article("Dune Courier", "Census", "Registrar Cornelius Abernathy-Sato"
                + " said the census had counted 4,000 people.");
        String ingest = "mutation($input: ArticleInput!) { ingestArticle(input: $input) { id people { id } } }";
        JsonPath stored = GraphQL.post(ingest, Map.of("input", input), Tokens.of("ingrid", "editor"))
                .body("errors", nullValue()).extract().jsonPath();
        String article = stored.getString("data.ingestArticle.id");
        String registrar = stored.getString("data.ingestArticle.people[0].id");

        String edit = GraphQL.post(HISTORY, Map.of("id", article))
                .body("data.history.action", contains("INGEST"))
                .body("data.history[0].editor", equalTo("ingrid"))
                .body("data.history[0].after", containsString("Census"))
                .extract().jsonPath().getString("data.history[0].id");
        GraphQL.post(HISTORY, Map.of("id", registrar)).body("data.history.id", contains(edit));

        GraphQL.post(ingest, Map.of("input", input), Tokens.of("ingrid", "editor")).body("errors", nullValue());
        GraphQL.post(HISTORY, Map.of("id", article)).body("data.history", hasSize(1)); // found stored: nothing new
        GraphQL.post(UNDO, Map.of("edit", edit), EDDA).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    /** Runs a correction that must succeed; its edit's id. */
    private static String edit(String mutation, Map<String, Object> variables, String token, String field) {
        return GraphQL.post(mutation, variables, token).statusCode(200).body("errors", nullValue())
                .extract().jsonPath().getString("data." + field + ".id");
    }

    private static List<String> peopleIn(String source, String title, String body) {
        return people(ExtractionIngestTest.ingest(ExtractionIngestTest.article(source, title, body)));
    }

    private static List<String> people(String article) {
        return GraphQL.data("query($id: ID!) { article(id: $id) { people { id } } }", Map.of("id", article))
                .getList("article.people.id", String.class);
    }
}
