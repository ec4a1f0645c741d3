package org.newsgraph;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An admin merges two entities that are one person; an editor cannot, but can undo the merge, which
 * brings back every row as it was; each step is in the history, with who made it.
 */
@QuarkusTest
class EditHistoryTest {

    private static final String MERGE = "mutation($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge)"
            + " { id action editor subjects } }";
    private static final String UNDO = "mutation($edit: ID!) { undo(edit: $edit) { id action undoes } }";
    private static final String PERSON = "query($id: ID!) { person(id: $id) { name aliases quotes { text } } }";
    private static final String HISTORY = "query($id: ID!) { history(subject: $id) { id action editor undoes undoneBy } }";

    @Inject
    AgroalDataSource database;

    @Test
    void anAdminMergesAnEditorUndoesAndEveryRowComesBack() throws SQLException {
        String keep = personIn("Valley Echo", "Mill closes", "Mill owner Casimir Oyelowo-Brandt said on Friday that the mill would"
                + " close. “We tried everything,” Oyelowo-Brandt said.");
        String merge = personIn("Coast Weekly", "Mill owner speaks", "Factory owner Kasimir Oyelowo-Brandt said the workers"
                + " would be paid. “Nobody leaves with nothing,” Kasimir Oyelowo-Brandt said.");
        String before = TableChecksum.of(database, Set.of("edit"));

        GraphQL.post(MERGE, Map.of("keep", keep, "merge", merge), Tokens.of("edda", "editor"))
                .statusCode(403).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        assertEquals(before, TableChecksum.of(database, Set.of("edit")), "an editor's merge changed nothing");

        String edit = GraphQL.post(MERGE, Map.of("keep", keep, "merge", merge), Tokens.of("ada", "admin"))
                .body("errors", nullValue())
                .body("data.mergeEntities.action", equalTo("MERGE"))
                .body("data.mergeEntities.editor", equalTo("ada"))
                .extract().jsonPath().getString("data.mergeEntities.id");
        GraphQL.post(PERSON, Map.of("id", keep))
                .body("data.person.aliases", hasItem("Kasimir Oyelowo-Brandt"))
                .body("data.person.quotes.text", hasItem("Nobody leaves with nothing"));
        GraphQL.post(PERSON, Map.of("id", merge)).body("data.person", nullValue());
        GraphQL.post("{ person(name: \"Kasimir Oyelowo-Brandt\") { id } }").body("data.person.id", equalTo(keep));

        String undo = GraphQL.post(UNDO, Map.of("edit", edit), Tokens.of("edda", "editor"))
                .body("errors", nullValue())
                .body("data.undo.undoes", equalTo(edit))
                .extract().jsonPath().getString("data.undo.id");
        assertEquals(before, TableChecksum.of(database, Set.of("edit")), "the undo brought every row back as it was");
        GraphQL.post(PERSON, Map.of("id", merge))
                .body("data.person.name", equalTo("Kasimir Oyelowo-Brandt"))
                .body("data.person.quotes.text", contains("Nobody leaves with nothing"));
        GraphQL.post(PERSON, Map.of("id", keep)).body("data.person.aliases", not(hasItem("Kasimir Oyelowo-Brandt")));

        GraphQL.post(HISTORY, Map.of("id", merge))
                .body("data.history.action", contains("UNDO", "MERGE", "INGEST"))
                .body("data.history.id[0]", equalTo(undo))
                .body("data.history.id[1]", equalTo(edit))
                .body("data.history[1].undoneBy", equalTo(undo))
                .body("data.history[0].editor", equalTo("edda"));
        GraphQL.post(UNDO, Map.of("edit", edit), Tokens.of("edda", "editor"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void aPersonCannotBeMergedIntoAPlaceOrIntoItself() {
        String person = personIn("Valley Echo", "Bridge", "Engineer Ottilie Marchetti-Vance said the bridge would reopen.");
        GraphQL.post(MERGE, Map.of("keep", person, "merge", person), Tokens.of("ada", "admin"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.post(MERGE, Map.of("keep", person, "merge", "999999999"), Tokens.of("ada", "admin"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    private static String personIn(String source, String title, String body) {
        String article = ExtractionIngestTest.ingest(ExtractionIngestTest.article(source, title, body));
        return GraphQL.data("query($id: ID!) { article(id: $id) { people { id } } }", Map.of("id", article))
                .getString("article.people[0].id");
    }
}
