package org.newsgraph.edit;

import org.eclipse.microprofile.graphql.Description;

@Description("What an edit did.")
public enum EditAction {
    @Description("An article entered the graph with its reading: its quotes, the events it reports, the entities it names.")
    INGEST,
    @Description("Two entities found to be one: the second's names, mentions, quotes and roles went to the first.")
    MERGE,
    @Description("An entity got another name it goes by.")
    ALIAS,
    @Description("An entity got a new name; the old one became an alias.")
    RENAME,
    @Description("A quote got another speaker, or none, on an editor's word.")
    ATTRIBUTION,
    @Description("An article went out of the graph with its reading, and the events and entities only it named.")
    DELETE,
    @Description("An earlier edit taken back.")
    UNDO
}
