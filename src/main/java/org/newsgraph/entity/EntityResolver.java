package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.newsgraph.storage.AdvisoryLock;

/**
 * Resolves the names an article gives an entity against the graph: the entity already known by that
 * name (or, failing that, by one of its full aliases) is reused and learns the new names and titles;
 * otherwise a new entity is created. It never picks among several: a name several entities answer to
 * ("Kim" as an alias of two people) matches none of them. Single words other than the name itself never
 * merge two entities, since "Kim" alone could be any of three people.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EntityResolver {

    public NamedEntity resolve(EntityKind kind, String name, Collection<String> aliases, Collection<String> titles) {
        // two articles that name the same new person at once create one person
        AdvisoryLock.hold(lockKey(kind, name));
        NamedEntity entity = find(kind, name, aliases).orElseGet(() -> NamedEntity.create(kind, name));
        entity.addAliases(Stream.concat(Stream.of(name), aliases.stream()).toList());
        entity.addTitles(titles);
        if (!entity.isPersistent()) {
            entity.persist();
        }
        return entity;
    }

    /**
     * The advisory lock {@link #resolve} holds for a name. A writer that resolves several names takes all
     * their locks first, with {@link AdvisoryLock#holdAll}, so that two writers never wait for each other.
     */
    public static String lockKey(EntityKind kind, String name) {
        return "entity " + NamedEntity.create(kind, "?").getClass().getSimpleName() + " " + NameKey.of(name);
    }

    private static Optional<NamedEntity> find(EntityKind kind, String name, Collection<String> aliases) {
        String key = NameKey.of(name);
        List<NamedEntity> byName = sameType(kind, NamedEntity.findByNameKey(key));
        Optional<NamedEntity> ownName = byName.stream().filter(e -> NameKey.of(e.name).equals(key))
                .min(Comparator.comparing(e -> e.id));
        if (ownName.isPresent() || byName.size() > 1) {
            return ownName; // an alias that several entities share means none of them
        }
        if (byName.size() == 1) {
            return Optional.of(byName.get(0));
        }
        List<NamedEntity> byFullAlias = new ArrayList<>();
        aliases.stream()
                .filter(alias -> NameKey.words(alias).size() > 1)
                .flatMap(alias -> sameType(kind, NamedEntity.findByNameKey(NameKey.of(alias))).stream())
                .distinct()
                .forEach(byFullAlias::add);
        return byFullAlias.size() == 1 ? Optional.of(byFullAlias.get(0)) : Optional.empty();
    }

    /** Countries and places are one type: "Singapore" is the same thing whichever an annotator chose. */
    private static List<NamedEntity> sameType(EntityKind kind, List<NamedEntity> candidates) {
        Class<? extends NamedEntity> type = NamedEntity.create(kind, "?").getClass();
        return candidates.stream().filter(type::isInstance).toList();
    }
}
