package org.newsgraph.entity;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import org.eclipse.microprofile.graphql.Description;

@Entity
@DiscriminatorValue("PERSON")
@Description("A person: a politician, an official, a reporter.")
public class Person extends NamedEntity implements GraphEntity {
}
