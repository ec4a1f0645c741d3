package org.newsgraph.entity;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of thing an entity is. A country is served as a Place with kind COUNTRY.")
public enum EntityKind {
    PERSON,
    ORGANIZATION,
    COUNTRY,
    PLACE
}
