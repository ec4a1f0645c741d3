package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.DiscriminatorOptions;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.newsgraph.graphql.GraphNode;

/**
 * A row of the {@code entity} table. Which subclass a row loads as follows the {@code node_type} column,
 * which PostgreSQL derives from {@code kind}; Hibernate reads it and never writes it.
 *
 * <p>The subclasses, not this class, declare that they implement {@link GraphEntity}: SmallRye GraphQL
 * would otherwise publish this abstract class as a GraphQL type of its own.
 */
@Entity
@Table(name = "entity")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "node_type")
@DiscriminatorOptions(insert = false)
public abstract class NamedEntity extends GraphNode {

    @Enumerated(EnumType.STRING)
    public EntityKind kind;

    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> aliases = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> titles = new ArrayList<>();

    @Ignore
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> aliasKeys;

    @Ignore
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> nameTokens;

    @Ignore
    public String searchText;

    public static NamedEntity create(EntityKind kind, String name) {
        NamedEntity entity = switch (kind) {
            case PERSON -> new Person();
            case ORGANIZATION -> new Organization();
            case COUNTRY, PLACE -> new Place();
        };
        entity.kind = kind;
        entity.name = name.strip();
        return entity;
    }

    public static List<NamedEntity> findByNameKey(String key) {
        return list("array_contains(aliasKeys, ?1) order by id", key);
    }

    public static List<NamedEntity> findByNameWord(String key) {
        return list("array_contains(nameTokens, ?1) order by id", key);
    }

    /** What the GraphQL layer serves this row as; every concrete subclass is one. */
    public GraphEntity asGraphEntity() {
        return (GraphEntity) this;
    }

    /** Adds the names that are new for this entity, whatever their case or punctuation. */
    public void addAliases(Collection<String> names) {
        Set<String> known = new LinkedHashSet<>(allNameKeys());
        for (String alias : names) {
            if (known.add(NameKey.of(alias))) {
                aliases.add(alias.strip());
            }
        }
    }

    /** Whether this is already its name or one of its aliases, whatever the case or punctuation. */
    public boolean knowsName(String candidate) {
        return allNameKeys().contains(NameKey.of(candidate));
    }

    /** Whether this is already its name (rather than an alias), whatever the case or punctuation. */
    public boolean isCalled(String candidate) {
        return NameKey.of(name).equals(NameKey.of(candidate));
    }

    /**
     * Gives it a new name; the old one becomes an alias, so that what articles call it still finds it, and an
     * alias that was the new name is one no longer.
     */
    public void rename(String newName) {
        String oldName = name;
        String newKey = NameKey.of(newName);
        aliases.removeIf(alias -> NameKey.of(alias).equals(newKey));
        name = newName.strip();
        addAliases(List.of(oldName));
    }

    public void addTitles(Collection<String> newTitles) {
        Set<String> known = new LinkedHashSet<>(titles.stream().map(NameKey::of).toList());
        for (String title : newTitles) {
            if (known.add(NameKey.of(title))) {
                titles.add(title.strip());
            }
        }
    }

    /** Keeps the lookup columns in step with the names, whoever changed them. */
    @PrePersist
    @PreUpdate
    public void deriveNameKeys() {
        List<String> names = Stream.concat(Stream.of(name), aliases.stream()).toList();
        aliasKeys = new ArrayList<>(allNameKeys());
        nameTokens = new ArrayList<>(new LinkedHashSet<>(names.stream().flatMap(n -> NameKey.words(n).stream()).toList()));
        searchText = String.join(" ", NameKey.searchWords(names));
    }

    private Set<String> allNameKeys() {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(NameKey.of(name));
        aliases.forEach(alias -> keys.add(NameKey.of(alias)));
        return keys;
    }

    @Id
    @NonNull
    public Long getId() {
        return id;
    }

    @NonNull
    public String getName() {
        return name;
    }

    @NonNull
    public EntityKind getKind() {
        return kind;
    }

    @NonNull
    public List<@NonNull String> getAliases() {
        return aliases;
    }

    @NonNull
    public List<@NonNull String> getTitles() {
        return titles;
    }
}
