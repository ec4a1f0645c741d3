package org.newsgraph.edit;

import org.eclipse.microprofile.graphql.Description;

@Description("What an edit did.")
public enum EditAction {
    @Description("Two entities found to be one: the second's names, mentions, quotes and roles went to the first.")
    MERGE,
    @Description("An earlier edit taken back.")
    UNDO
}
