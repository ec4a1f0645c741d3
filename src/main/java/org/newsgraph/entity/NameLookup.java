package org.newsgraph.entity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.newsgraph.graphql.BadUserInputException;

/**
 * Finds the entity a reader means by a name, the way the {@code name}, {@code participant},
 * {@code speaker} and {@code place} arguments promise: any alias matches, whatever its case, accents,
 * hyphens or spaces, and a single word such as a surname ("Putin") is enough when only one entity
 * carries it. An entity's own name wins outright; otherwise every entity the words fit (as an alias, or
 * as words of a name) is a candidate, and several candidates are refused with the list, never guessed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NameLookup {

    public static final Set<EntityKind> ANY_KIND = Set.of(EntityKind.values());
    public static final Set<EntityKind> PLACES = Set.of(EntityKind.COUNTRY, EntityKind.PLACE);

    public Optional<NamedEntity> find(String name, Set<EntityKind> kinds) {
        String key = NameKey.of(name);
        if (key.isEmpty()) {
            throw new BadUserInputException("A name needs letters or digits, not \"" + name + "\"");
        }
        List<NamedEntity> exact = ofKinds(NamedEntity.findByNameKey(key), kinds);
        List<NamedEntity> ownName = exact.stream().filter(entity -> NameKey.of(entity.name).equals(key)).toList();
        if (ownName.size() == 1) {
            return Optional.of(ownName.get(0)); // "Russia" is Russia, whatever else has the word in its name
        }
        List<String> words = NameKey.words(name);
        Set<NamedEntity> candidates = new LinkedHashSet<>(exact);
        ofKinds(NamedEntity.findByNameWord(words.get(0)), kinds).stream()
                .filter(entity -> entity.nameTokens.containsAll(words))
                .forEach(candidates::add);
        return candidates.isEmpty() ? Optional.empty() : single(name, List.copyOf(candidates));
    }

    private static List<NamedEntity> ofKinds(List<NamedEntity> entities, Set<EntityKind> kinds) {
        return entities.stream().filter(entity -> kinds.contains(entity.kind)).toList();
    }

    private static Optional<NamedEntity> single(String name, List<NamedEntity> candidates) {
        if (candidates.size() > 1) {
            throw new AmbiguousNameException(name, candidates);
        }
        return Optional.of(candidates.get(0));
    }
}
