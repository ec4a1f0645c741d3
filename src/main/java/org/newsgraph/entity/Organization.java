package org.newsgraph.entity;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import org.eclipse.microprofile.graphql.Description;

@Entity
@DiscriminatorValue("ORGANIZATION")
@Description("An organization: a government body, a company, a party, an outlet.")
public class Organization extends NamedEntity implements GraphEntity {
}
