package org.newsgraph.entity;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import org.eclipse.microprofile.graphql.Description;

@Entity
@DiscriminatorValue("PLACE")
@Description("A place: a city, a region, or a country (kind COUNTRY).")
public class Place extends NamedEntity implements GraphEntity {
}
