package org.newsgraph;

import static io.restassured.RestAssured.get;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The schema the service serves is the one committed in src/main/resources/META-INF/resources/schema.graphql
 * (published as /schema.graphql): the contract frontends build against and generate their types from. A
 * change to the schema is therefore always a deliberate one, made by updating the snapshot in the same
 * commit.
 */
@QuarkusTest
class SchemaSnapshotTest {

    private static final Path SNAPSHOT = Path.of("src/main/resources/META-INF/resources/schema.graphql");
    private static final Path SERVED = Path.of("target/schema.graphql");

    @Test
    void theServedSchemaIsTheCommittedOne() throws IOException {
        String served = get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (!Files.exists(SNAPSHOT) || !Files.readString(SNAPSHOT).equals(served)) {
            Files.writeString(SERVED, served);
            fail("The GraphQL schema differs from " + SNAPSHOT + ". If the change is meant, copy " + SERVED + " over it"
                    + " and commit both: adding types, fields and arguments is safe for clients; renaming or removing"
                    + " them breaks them (DESIGN.md lists the names frontends depend on). diff " + SNAPSHOT + " " + SERVED);
        }
    }
}
